import { candidate, type TargetParser } from '../candidate.js';
import { MORE_SOURCE, QUANTITY_SOURCE, firstNumeral, isBareMultiplier, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

const UNITS: Record<string, string> = {
  年: 'year', 个月: 'month', 个多月: 'month', 周: 'week', 个星期: 'week', 星期: 'week', 天: 'day', 日: 'day',
  工作日: 'day', 个工作日: 'day', 小时: 'hour', 个小时: 'hour', 分钟: 'minute',
};

/**
 * `6个月`, `3年以上`, `2-5年`, `两年`, `5年一周期`, `30个工作日`: an amount of time.
 * Not a calendar year (`2025年`, `二〇二二年`), a grade (`二年级`), a schooling system
 * (`五年制`, `五年一贯制`) or the name of a multi-year programme (`三年行动计划`).
 */
export const durationParser: TargetParser = {
  name: 'duration',
  startChars: QUANTITY_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(
    `${QUANTITY_SOURCE}${MORE_SOURCE}\\s*(?<unit>个多?月|个?工作日|个?小时|个?星期|分钟|周(?!边|期|围|末|年|岁)|天|日|年(?!级|制|度|一贯|行动|计划|规划|攻坚|提升行动))(?<cycle>一个?周期|一轮)?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    const numeral = firstNumeral(g.q!);
    if (!startsCleanly(scan, match.index, g.q!)) return null;
    if (isBareMultiplier(numeral)) return null; // 百年大计, 千年古镇
    const quantity = quantityOf(g);
    if (!quantity) return null;
    const unit = UNITS[g.unit!.replace(/^个多/, '个')] ?? UNITS[g.unit!];
    if (!unit) return null;
    if (unit === 'year' && looksLikeCalendarYear(numeral)) return null;
    // 4月13日: a day of the month belongs to a date.
    if (g.unit === '日' && /月\s*$/.test(scan.text.slice(Math.max(0, match.index - 2), match.index))) return null;
    // A Chinese numeral before 日 reads as a duration only where one ends (`三十日内`, `七日，`);
    // before a noun it is a name (`九日山`).
    if (g.unit === '日' && !/^[0-9０-９]/.test(numeral) && !/^(?:$|[内以之后前起，。；、,;）)\s])/u.test(scan.masked.charAt(match.index + match[0].length))) return null;
    return candidate({
      kind: 'duration', start: match.index, end: match.index + match[0].length, parser: this.name,
      ...quantity, unit, comparator: g.more ? 'gt' : 'eq',
    });
  },
};

function looksLikeCalendarYear(numeral: string): boolean {
  return /^[0-9０-９]{4}$/.test(numeral) || /^[〇○零一二三四五六七八九]{4}$/.test(numeral);
}
