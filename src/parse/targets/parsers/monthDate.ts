import { ARABIC_DIGIT_CHARS, parseChineseNumeral, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const MONTH = '(?<m>1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?<d>[12][0-9]|3[01]|0?[1-9]|[０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/**
 * A month (and day) without a year that states when something is due: `6月底前`,
 * `12月10日前`, `3月份前`, `9月上旬`. The year is left null: the text does not state it.
 * A bare `10月` (`4月至10月`) is a stretch of a period, not a due time, and is skipped;
 * so is a month that follows a year (`2023年6月`), read whole by the calendar parser.
 */
export const monthDateParser: TargetParser = {
  name: 'monthDate',
  startChars: `十一二三四五六七八九${ARABIC_DIGIT_CHARS}`,
  pattern: new RegExp(
    `${MONTH}\\s*月(?:份)?(?:${DAY}\\s*[日号])?(?<post>底前|底|末|前|上旬|中旬|下旬|初)?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    if (!g.d && !g.post) return null;
    const before = scan.masked.charAt(match.index - 1);
    if (/[0-9０-９.．个\u0000零〇○一二三四五六七八九十]/.test(before)) return null;
    // After a year it is read whole by the calendar parser; after `每年`, `当年` it stands alone.
    if (before === '年' && !/(?:每|当|次|同|今|明)年$/.test(scan.masked.slice(Math.max(0, match.index - 2), match.index))) return null;
    const month = toNumber(g.m!);
    const day = g.d ? toNumber(g.d) : null;
    if (month === null || month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
    const end = match.index + match[0].length;
    // `2019年1月1日至12月31日`: the end of a window takes the year of its start, and is when it is due.
    const window = WINDOW_START.exec(scan.masked.slice(Math.max(0, match.index - 16), match.index));
    const year = window ? Number(toAsciiDigits(window[1]!)) : null;
    return candidate({ kind: 'date', start: match.index, end, parser: this.name, year, month, day, due: /前|底|末/.test(g.post ?? '') || window !== null });
  },
};

/** The start of a date window right before a month date: `2019年1月1日至`, `2019年3月—`. */
const WINDOW_START = /((?:19|20)[0-9]{2}|[１２][０-９]{3})\s*年[0-9０-９]{1,2}\s*月(?:[0-9０-９]{1,2}\s*[日号])?\s*(?:至|到|—|–|－|-|~|～)\s*$/u;

function toNumber(numeral: string): number | null {
  const ascii = toAsciiDigits(numeral);
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(ascii);
}
