import { regexExclusion } from './regexExclusion.js';

/** Ordinals and ranks are not quantities: `第一方阵`, `第3批`, `第十四个五年规划`. */
export const ordinalExclusion = regexExclusion('ordinal', /第[零〇一二三四五六七八九十百千0-9０-９]+/gu);
