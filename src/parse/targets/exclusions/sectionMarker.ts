import { regexExclusion } from './regexExclusion.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';
import { OUTLINE_MARKER_IN_TEXT } from '../../structure/markers.js';

/**
 * Outline markers (GB/T 9704: `一、` `（一）` `1.` `（1）` `①`) where a marker can stand: at a
 * line start or after a sentence end (`。；：`), so flattened web text is covered too.
 * `（一）`/`（1）` are blanked wherever they are: a bracketed numeral alone is never a quantity.
 * The blanks before a marker are matched by a lookbehind, not by the pattern: tried at every
 * blank, a run of n blank lines cost O(n²).
 */
export const sectionMarkerExclusion = regexExclusion(
  'sectionMarker',
  OUTLINE_MARKER_IN_TEXT,
  undefined,
  `${ARABIC_DIGIT_CHARS}一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(`,
  undefined,
  // A marker opens a line or follows a sentence end: never inside a run of numerals.
  [ARABIC_DIGIT_CHARS, '一二三四五六七八九十'],
);
