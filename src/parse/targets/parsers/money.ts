import { candidate, type TargetParser } from '../candidate.js';
import { COMPARATOR_BEFORE_SOURCE, comparatorBefore } from '../../lexicon/comparators.js';
import { MORE_SOURCE, QUANTITY_SOURCE, TRAILING_MULTIPLIER_SOURCE, firstNumeral, isBareMultiplier, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

/** What a rate is per, as written after 每 or `/`, and its unit name. */
const PER: Record<string, string> = {
  人: 'person', 生: 'person', 名: 'person', 人次: 'person-time', 户: 'household', 床: 'bed', 床位: 'bed',
  企业: 'enterprise', 年: 'year', 月: 'month', 天: 'day', 日: 'day', 次: 'time', 亩: 'mu', 平方米: 'sqm',
  千瓦时: 'kWh', 度: 'kWh', 千瓦: 'kW', 吨: 'tonne',
};

const PER_WORDS = Object.keys(PER).sort((a, b) => b.length - a.length).join('|');

/** `每人`, `每张床位`, `每家企业`, `每千瓦`: 每, an optional classifier, a basis from PER. */
const PER_BASIS = `每(?:张|个|名|位|家)?(?:${PER_WORDS})`;
const CLASSIFIER_AFTER_EVERY = /^每(?:张|个|名|位|家)?/;

/** `人均`, `户均`: an average per basis written before the amount. */
const AVERAGE: Record<string, string> = { 人均: 'person', 户均: 'household' };

/**
 * `200万元`, `3.5亿元`, `1万余元`, `10000元/年`, `人均1元`, `每生每年500元`,
 * `每人每月不低于800元`, `每张床位1万元`: amount in yuan, unit `CNY` with a `/person`,
 * `/bed`, `/year` … rate when the rate is written on the amount (a comparator may stand
 * between them, and then sets the comparator).
 */
export const moneyParser: TargetParser = {
  name: 'money',
  startChars: `人户每${QUANTITY_START_CHARS}`,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(
    `(?:(?<per>人均|户均|(?:${PER_BASIS}){1,2})(?<cmp>${COMPARATOR_BEFORE_SOURCE})?)?${QUANTITY_SOURCE}${MORE_SOURCE}${TRAILING_MULTIPLIER_SOURCE}元(?:\\s*[/／](?<rate>人[·.•/／]?年|${PER_WORDS}))?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    const numeralStart = match.index + (g.per?.length ?? 0) + (g.cmp?.length ?? 0);
    const numeral = firstNumeral(g.q!);
    if (!startsCleanly(scan, numeralStart, g.q!)) return null;
    // 万元GDP能耗: a unit of measure, not an amount; but `超亿元`, `过亿元` bound one.
    if (isBareMultiplier(numeral) && !(g.q === numeral && /[超过逾上破]$/.test(scan.masked.slice(0, numeralStart)))) return null;
    const quantity = quantityOf(g);
    if (!quantity) return null;
    let bases = g.per && AVERAGE[g.per] ? [AVERAGE[g.per]!] : [...(g.per ?? '').matchAll(new RegExp(PER_BASIS, 'gu'))].map((m) => PER[m[0].replace(CLASSIFIER_AFTER_EVERY, '')]!);
    let start = match.index;
    let cmp: string | undefined = g.cmp;
    // `每年达到8000元`: a time alone before a comparator says how often, not what the amount is per.
    if (cmp && bases.length > 0 && bases.every(isTime)) {
      [start, cmp, bases] = [numeralStart, undefined, []];
    }
    if (g.rate) bases.push(...(/人.*年/.test(g.rate) ? ['person', 'year'] : [PER[g.rate] ?? g.rate]));
    // Bases in the order written: `每月每平方米` is CNY/month/sqm, `每人每年` CNY/person/year.
    const unit = ['CNY', ...bases].join('/');
    const comparator = cmp ? comparatorBefore(cmp)! : g.more ? 'gt' : 'eq';
    return candidate({ kind: 'money', start, end: match.index + match[0].length, parser: this.name, ...quantity, unit, comparator });
  },
};

function isTime(basis: string): boolean {
  return basis === 'year' || basis === 'month' || basis === 'day';
}
