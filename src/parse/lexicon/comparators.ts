// The words of comparison, in one place: comparator words before a number (`不低于`, `达到`) and
// after it (`以上`, `左右`), caps before a verb (`最高补贴`, `最长放宽至`), and the linking verbs
// between a measured thing and its number (`建档率达到90%`). Every target rule that reads a
// comparison imports them from here.

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
  // A floor or ceiling set as a rule (`不得小于6.5米`, `不应低于90%`, `不宜超过3年`).
  ...modalBounds(),
  ['大约', 'approx'], ['约为', 'approx'], ['接近', 'approx'], ['将近', 'approx'], ['约', 'approx'], ['近', 'approx'],
] satisfies Array<[string, Comparator, boolean?]> as Array<[string, Comparator, boolean?]>).sort((a, b) => b[0].length - a[0].length);

/** 不得低于, 不应小于, 不宜超过 …: a modal negation before a comparison is the same floor or ceiling. */
function modalBounds(): Array<[string, Comparator]> {
  const modals = ['得', '应', '宜', '能', '准', '可'];
  const floors = ['低于', '少于', '小于'];
  const ceilings = ['超过', '高于', '多于', '大于'];
  return modals.flatMap((m) => [
    ...floors.map((w): [string, Comparator] => [`不${m}${w}`, 'gte']),
    ...ceilings.map((w): [string, Comparator] => [`不${m}${w}`, 'lte']),
  ]);
}

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

/**
 * Words after a number and its unit. `内` only bounds a duration (`5-10年内`); `范围内`
 * bounds a distance or area (`3公里范围内`).
 */
export const COMPARATOR_AFTER: Array<[word: string, comparator: Comparator]> = [
  ['及以上', 'gte'], ['范围内', 'lte'], ['以上', 'gte'], ['以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'], ['左右', 'approx'], ['上下', 'approx'],
];

/** 最高/最多 before a verb of granting or reaching: the amount is a ceiling. */
export const GRANT_CAP = /(?:最高|最多)(?:可获得?|可|能)?(?:给予|补贴|补助|奖励|资助|支持|奖补|扶持|贴息|发放|达|达到|可达)$/u;

/** 最长/最多/最高/最大, a verb of change (放宽, 延长, 提高 …), then 至/到, right before the number. */
export const CAP_TO = /(?:最长|最多|最高|最大)(?:可)?[\u4e00-\u9fff]{1,3}?(?:至|到)$/u;

/** Words that link the measured thing to its number; their presence means the subject comes first. */
export const TRAILING_LINK =
  /(?:可|应|须|均|将)?(?:力争达到|稳定在|保持在|控制在|提高到|提升到|提高至|提升至|增加到|增长到|下降到|下降至|降低到|降低至|降至|不低于|不少于|不小于|不超过|不高于|不多于|分别|达到|超过|高于|低于|少于|至少|最高|最低|最多|最长|只有|仅有|共有|约|近|达|为|在|是|占|的|稳步增长|明显提升|大幅提升|增长|提高|提升|下降|降低|减少)+$/u;

/** `A达到B的50%`, `A不低于B的…`: the verbs that make A a share of B (`A占B的比例`). */
export const SHARE_OF = /^(.{2,}?)(?:达到|不低于|不少于|超过|不超过|控制在|为|占)(.{2,})$/u;
