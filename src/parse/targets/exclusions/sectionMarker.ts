import { regexExclusion } from './regexExclusion.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';

/**
 * Outline markers (GB/T 9704: `一、` `（一）` `1.` `（1）` `①`) where a marker can stand: at a
 * line start or after a sentence end (`。；：`), so flattened web text is covered too.
 * `（一）`/`（1）` are blanked wherever they are: a bracketed numeral alone is never a quantity.
 * The blanks before a marker are matched by a lookbehind, not by the pattern: tried at every
 * blank, a run of n blank lines cost O(n²).
 */
export const sectionMarkerExclusion = regexExclusion(
  'sectionMarker',
  /(?<=(?:^|[\n\r。；;：:！？!?])[\s\u3000]*)(?<x>[一二三四五六七八九十]+[、．.]|[0-9０-９]{1,3}(?:[.．](?![0-9０-９]+\s*(?:[%％倍]|[万亿千]?元|个?百分点))|、)|[①-⑳])|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]/gmu,
  undefined,
  `${ARABIC_DIGIT_CHARS}一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(`,
  undefined,
  // A marker opens a line or follows a sentence end: never inside a run of numerals.
  [ARABIC_DIGIT_CHARS, '一二三四五六七八九十'],
);
