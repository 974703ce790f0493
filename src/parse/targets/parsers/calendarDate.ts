import { ARABIC_DIGIT_CHARS, parseChineseNumeral, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';
import { opensClause, opensSentence } from './shared.js';
import { DUE_AFTER, DUE_BEFORE, PLEDGE_BEFORE } from '../../lexicon/dueDates.js';

// A year split by a space (`到20 18年`, web copies): read only after 到/至 (checked in extract).
const YEAR = '(?<y>(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}|[一二][〇○零一二三四五六七八九]{3}|(?:19|20)[ \\u00a0][0-9]{2})';
const MONTH_DAY = '(?:(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:份)?(?:(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号])?)?';

/**
 * `2022年`, `到2025年`, `2023年底`, `从2020年起`, `2022年11月22日`, `二〇二二年`.
 * `due` is set where the phrase states when something must be done (到…, …底/末/前).
 */
export const calendarDateParser: TargetParser = {
  name: 'calendarDate',
  startChars: `到至截从自一二${ARABIC_DIGIT_CHARS}`,
  pattern: new RegExp(
    `(?<pre>到|至|截至|截止到?|从|自)?${YEAR}\\s*年${MONTH_DAY}(?<post>底前|底|末前|末|初(?!步)|前|内|起|以来|上半年|下半年|度)?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    const before = scan.masked.charAt(match.index - 1);
    if (/[0-9０-９.．\u0000]/.test(before)) return null;
    if (/[ \u00a0]/.test(g.y!) && !DUE_BEFORE.test(g.pre ?? '')) return null;
    const year = toNumber(g.y!.replace(/[ \u00a0]/g, ''));
    const month = g.m ? toNumber(g.m) : null;
    const day = g.d ? toNumber(g.d) : null;
    if (year === null || (month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null;
    const end = match.index + match[0].length;
    const next = scan.text.slice(end, end + 3);
    const due =
      // `恢复到2019年的1.2倍`, `2000年底前建成的小区`: a year qualifying a noun is no due time.
      !/^[\u4e00-\u9fff]{0,2}的/u.test(next) &&
      (DUE_BEFORE.test(g.pre ?? '') ||
        DUE_AFTER.test(g.post ?? '') ||
        // `力争2025年…`, `确保2023年…`: a pledge names the year the work is due.
        (!g.pre && PLEDGE_BEFORE.test(scan.masked.slice(Math.max(0, match.index - 4), match.index))) ||
        // `提升工程2023年培训计划，培养…`: the plan or tasks of a year are due that year.
        (!g.pre && !g.post && month === null && YEAR_PLAN.test(scan.text.slice(end, end + 10))) ||
        (!g.pre && !g.post && month === null && opensClause(scan, match.index) &&
          // `2025年，全市…` opening a sentence states the year the sentence aims at; so does
          // `2024年新建…` opening a clause: the work of that year.
          ((/^[，,]/.test(next) && opensSentence(scan, match.index)) || BARE_YEAR_WORK.test(next))));
    return candidate({ kind: 'date', start: match.index, end, parser: this.name, year, month, day, due });
  },
};

/** A year's plan, tasks or goals after it: `2023年培训计划`, `2024年度工作任务`, `2025年目标`. */
const YEAR_PLAN = /^(?:度)?[\u4e00-\u9fff]{0,6}?(?:计划|任务|目标)(?![\u4e00-\u9fff]{0,8}[》〉”"])/u;

/**
 * After a bare year opening a clause: a verb or subject, not a list, range or date part, nor
 * a verb of starting (`2022年启动…`: the work begins then, it is not due then). `2020年初步建成`
 * is the year and 初步 ("preliminarily"), not 年初 ("early in the year").
 */
const BARE_YEAR_WORK = /^(?!启动|开始|开工|起步|着手|筹备)(?:初步|[\u4e00-\u9fff](?<![的和与及至到年月日度底末初前后内起间]))/u;

function toNumber(numeral: string): number | null {
  const ascii = toAsciiDigits(numeral);
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(ascii);
}
