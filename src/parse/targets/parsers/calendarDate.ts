import { ARABIC_DIGIT_CHARS, parseChineseNumeral, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const YEAR = '(?<y>(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}|[一二][〇○零一二三四五六七八九]{3})';
const MONTH_DAY = '(?:(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:份)?(?:(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号])?)?';

/** Words before a year that make it a due time, and those that make it a start. */
const DUE_BEFORE = /^(?:到|至|截至|截止到?)$/;
const DUE_AFTER = /^(?:底前|底|末前|末|前|上半年|下半年|年底前|年底|年末)$/;

/**
 * `2022年`, `到2025年`, `2023年底`, `从2020年起`, `2022年11月22日`, `二〇二二年`.
 * `due` is set where the phrase states when something must be done (到…, …底/末/前).
 */
export const calendarDateParser: TargetParser = {
  name: 'calendarDate',
  startChars: `到至截从自一二${ARABIC_DIGIT_CHARS}`,
  pattern: new RegExp(
    `(?<pre>到|至|截至|截止到?|从|自)?${YEAR}\\s*年${MONTH_DAY}(?<post>底前|底|末前|末|初|前|起|以来|上半年|下半年|度)?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    const before = scan.masked.charAt(match.index - 1);
    if (/[0-9０-９.．\u0000]/.test(before)) return null;
    const year = toNumber(g.y!);
    const month = g.m ? toNumber(g.m) : null;
    const day = g.d ? toNumber(g.d) : null;
    if (year === null || (month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null;
    const end = match.index + match[0].length;
    const due =
      DUE_BEFORE.test(g.pre ?? '') ||
      DUE_AFTER.test(g.post ?? '') ||
      // `2025年，全市…` opening a sentence states the year the sentence aims at.
      (!g.pre && !g.post && month === null && /^[，,]/.test(scan.text.charAt(end)) && opensSentence(scan.text, match.index));
    return candidate({ kind: 'date', start: match.index, end, parser: this.name, year, month, day, due });
  },
};

function toNumber(numeral: string): number | null {
  const ascii = toAsciiDigits(numeral);
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(ascii);
}

function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return /(^|[。；;！？\n\r\t]|^\s*)[\s\u3000]*(?:力争|确保|预计)?$/.test(before) || start === 0;
}
