import type { Comparator } from '../../schema/target.js';

/** Words before a number, longest first. `weak` ones (达到) yield to a word after it (`达到5万人左右`). */
export const COMPARATOR_BEFORE: Array<[word: string, comparator: Comparator, weak?: boolean]> = ([
  ['力争达到', 'gte', true], ['达到', 'gte', true], ['达', 'gte', true],
  // A verb of change names the new level, neither floor nor ceiling: `提高至8%`, `降至10%`.
  ...changeVerbs().map((w): [string, Comparator, boolean] => [w, 'eq', true]),
  ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'], ['至少', 'gte'], ['最少', 'gte'], ['最低', 'gte'], ['≥', 'gte'],
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['不大于', 'lte'], ['控制在', 'lte'], ['压缩在', 'lte'], ['最多', 'lte'], ['最高', 'lte'], ['最长', 'lte'], ['可至', 'lte'], ['≤', 'lte'],
  ['超过', 'gt'], ['超', 'gt'], ['高于', 'gt'], ['多于', 'gt'], ['大于', 'gt'], ['突破', 'gt'], ['逾', 'gt'],
  ['低于', 'lt'], ['少于', 'lt'], ['小于', 'lt'], ['不足', 'lt'], ['不到', 'lt'],
  ['大约', 'approx'], ['约为', 'approx'], ['接近', 'approx'], ['将近', 'approx'], ['约', 'approx'], ['近', 'approx'],
] satisfies Array<[string, Comparator, boolean?]> as Array<[string, Comparator, boolean?]>).sort((a, b) => b[0].length - a[0].length);

/** 提高至, 提升到, 降低至, 下降到, 增加至 …: a verb of change with its 至/到, longest first. */
function changeVerbs(): string[] {
  const verbs = ['提高', '提升', '增加', '增长', '扩大', '上升', '降低', '下降', '减少', '压缩', '缩短', '缩减', '降'];
  return verbs.flatMap((v) => [`${v}至`, `${v}到`]);
}

/** Regex source matching any comparator word that may stand before a number. */
export const COMPARATOR_BEFORE_SOURCE = COMPARATOR_BEFORE.map(([w]) => w).join('|');

/** The comparator a word before a number sets, or undefined. */
export function comparatorBefore(word: string): Comparator | undefined {
  return COMPARATOR_BEFORE.find(([w]) => w === word)?.[1];
}
