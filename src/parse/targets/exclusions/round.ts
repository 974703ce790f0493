import { regexExclusion } from './regexExclusion.js';

const CHINESE_DIGITS = '一二三四五六七八九十';

/**
 * Rounds and baselines named with 一: `新一轮`, `上一轮`, `较上一年`, `下一年度`, `本一届`: which
 * round or year, not how many. Only the numeral is blanked.
 */
export const roundExclusion = regexExclusion('round', /[新上下本这那该此](?<x>一)(?=[轮届批期年次])/gu, undefined, '新上下本这那该此');

/** Session numbers: `六届二次全会`, `十四届三次会议`: which session, not how many. */
export const sessionExclusion = regexExclusion(
  'session',
  /[一二三四五六七八九十]+届[一二三四五六七八九十]+次/gu,
  undefined,
  CHINESE_DIGITS,
  [CHINESE_DIGITS],
);

/**
 * `二次污染`, `二次供水`, `二次开发`: 二次 before a noun is "secondary", not a count; a count of
 * two times is written 两次 or 2次. Only the numeral is blanked.
 */
export const secondaryExclusion = regexExclusion(
  'secondary',
  /(?<![零〇一二三四五六七八九十百千两第0-9０-９])(?<x>二)(?=次[\u4e00-\u9fff])/gu,
  undefined,
  '二',
);
