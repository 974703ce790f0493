import type { Exclusion } from '../candidate.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';
import { endsSpan } from '../../segment/textIndex.js';
import { lexMarker, type Marker } from '../../segment/markers.js';
import { positionsIn, startTable } from '../scan.js';

const START_CHARS = `${ARABIC_DIGIT_CHARS}一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(`;

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

/** The marker the one lexer reads at `at` that this exclusion blanks, or null. */
function blankedMarker(text: string, at: number): Marker | null {
  const bracketed = text[at] === '（' || text[at] === '(';
  if (!bracketed && !standsAtBreak(text, at)) return null;
  const marker = lexMarker(text, at);
  if (marker === null || marker.wrapper !== null) return null;
  // `（一）`/`（1）` are blanked wherever they are: a bracketed numeral alone is never a quantity.
  if (marker.kind === 'cn-paren' || marker.kind === 'ar-paren') return marker;
  if (bracketed || !(marker.kind === 'cn-dun' || marker.kind === 'ar-dot' || marker.kind === 'circled')) return null;
  if (marker.ambiguous && DECIMAL_AFTER.test(text.slice(marker.end, marker.end + 12))) return null;
  return marker;
}

/**
 * Outline markers (GB/T 9704: `一、` `（一）` `1.` `（1）` `①`), as the marker lexer
 * (structure/markers.ts) reads them, where a marker can stand: at a line start or after a
 * sentence end (`。；：`), so flattened web text is covered too; bracketed ones anywhere. Only
 * the token is blanked.
 */
export const sectionMarkerExclusion: Exclusion = {
  name: 'sectionMarker',
  startChars: START_CHARS,
  find(text, starts) {
    const own = startTable(START_CHARS);
    const spans: Array<{ start: number; end: number }> = [];
    const positions = starts ?? positionsIn(text, own);
    for (let k = 0; k < positions.length; k++) {
      const at = positions[k]!;
      if (own[text.charCodeAt(at)] !== 1) continue;
      const marker = blankedMarker(text, at);
      if (marker !== null) spans.push({ start: marker.start, end: marker.end });
    }
    return spans;
  },
};
