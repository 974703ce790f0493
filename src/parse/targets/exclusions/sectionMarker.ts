import type { Exclusion } from '../candidate.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';
import { endsSpan } from '../../segment/textIndex.js';
import { markersWithin, type IndexedMarker } from '../../segment/markerIndex.js';

const FIRST_CHARS = `${ARABIC_DIGIT_CHARS}一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(`;

/** A decimal quantity after a decimal-looking `1.` (`1.5%`, `2.5倍`, `3.2亿元`, `0.5个百分点`): no marker. */
const DECIMAL_AFTER = /^[0-9０-９]+\s*(?:[%％倍]|[万亿千]?元|个?百分点)/u;

/**
 * True when only blanks stand between `at` and the text start, a line break, a clause end
 * (`。；！？`) or a colon: where a marker can stand, in flattened web text too.
 */
function standsAtBreak(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s\u3000]/u.test(text[i]!)) {
    if (endsSpan(text.charCodeAt(i), 'line')) return true;
    i--;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return endsSpan(c, 'clause') || c === 0xff1a || c === 0x3a;
}

/**
 * True when this exclusion blanks `marker`, which the one lexer read at its token: an outline token
 * (its first character a digit, `一`–`十`, `①`–`⑳` or a bracket) with no markdown wrapper.
 */
function isBlanked(text: string, marker: IndexedMarker): boolean {
  const first = text[marker.from]!;
  if (!FIRST_CHARS.includes(first) || marker.wrapper !== null) return false;
  const bracketed = first === '（' || first === '(';
  // `（一）`/`（1）` are blanked wherever they are: a bracketed numeral alone is never a quantity.
  if (marker.kind === 'cn-paren' || marker.kind === 'ar-paren') return true;
  if (bracketed || !(marker.kind === 'cn-dun' || marker.kind === 'ar-dot' || marker.kind === 'circled')) return false;
  if (!standsAtBreak(text, marker.from)) return false;
  return !(marker.ambiguous && DECIMAL_AFTER.test(text.slice(marker.end, marker.end + 12)));
}

/**
 * Outline markers (GB/T 9704: `一、` `（一）` `1.` `（1）` `①`), as the marker index
 * (segment/markerIndex.ts) holds them, where a marker can stand: at a line start or after a
 * sentence end (`。；：`), so flattened web text is covered too; bracketed ones anywhere. Only
 * the token is blanked.
 */
export const sectionMarkerExclusion: Exclusion = {
  name: 'sectionMarker',
  find(text, _starts, index) {
    const spans: Array<{ start: number; end: number }> = [];
    for (const marker of markersWithin(index.markers, 0, text.length)) {
      if (isBlanked(text, marker)) spans.push({ start: marker.start, end: marker.end });
    }
    return spans;
  },
};
