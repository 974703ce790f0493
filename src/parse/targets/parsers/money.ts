import { candidate, type TargetParser } from '../candidate.js';
import { MORE_SOURCE, QUANTITY_SOURCE, TRAILING_MULTIPLIER_SOURCE, firstNumeral, isBareMultiplier, quantityOf, startsCleanly } from './shared.js';

const PER: Record<string, string> = { 年: 'year', 人: 'person', 月: 'month', 天: 'day', 日: 'day', 次: 'time', 亩: 'mu', 平方米: 'm2' };

/**
 * `200万元`, `3.5亿元`, `1万余元`, `10000元/年`, `人均1元`, `每生每年500元`: amount in yuan,
 * unit `CNY` with a `/year`, `/person` … rate when the text states one.
 */
export const moneyParser: TargetParser = {
  name: 'money',
  pattern: new RegExp(
    `(?<per>人均|每人每年|每生每年|每人每月|每床每年|每户每年|每人)?${QUANTITY_SOURCE}${MORE_SOURCE}${TRAILING_MULTIPLIER_SOURCE}元(?:\\s*[/／](?<rate>人[·.•/／]?年|年|人|月|天|日|次|亩|平方米))?`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    const numeralStart = match.index + (g.per?.length ?? 0);
    const numeral = firstNumeral(g.q!);
    if (!startsCleanly(scan, numeralStart, g.q!)) return null;
    if (isBareMultiplier(numeral)) return null; // 万元GDP能耗: a unit of measure, not an amount
    const quantity = quantityOf(g);
    if (!quantity) return null;
    let unit = 'CNY';
    if (g.per === '人均' || g.per === '每人') unit = 'CNY/person';
    else if (g.per === '每人每年' || g.per === '每生每年') unit = 'CNY/person/year';
    else if (g.per === '每人每月') unit = 'CNY/person/month';
    else if (g.per === '每床每年') unit = 'CNY/bed/year';
    else if (g.per === '每户每年') unit = 'CNY/household/year';
    if (g.rate) unit = /人.*年/.test(g.rate) ? 'CNY/person/year' : `CNY/${PER[g.rate] ?? g.rate}`;
    return candidate({
      kind: 'money', start: match.index, end: match.index + match[0].length, parser: this.name,
      ...quantity, unit, comparator: g.more ? 'gt' : 'eq',
    });
  },
};
