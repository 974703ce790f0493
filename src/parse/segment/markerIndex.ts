// Every numbering marker of a text, read once by the one lexer (markers.ts): one pass lexes at each
// offset where a token or its markdown wrapper can start and keeps what it reads, in the order of
// that offset. Stages ask for the marker lexed at an offset, those lexed within a span or those
// ending at an offset (binary searches) instead of lexing the text again.
//
// No token crosses a line break, so lexing to the text end reads what lexing to the line or
// paragraph end reads. A caller that lexed up to a narrower limit got null for a token running past
// it (no two token kinds match at one offset), so queries take a `limit` and drop such a marker.
import {
  ARABIC_NUMERALS,
  CHINESE_NUMERALS,
  MAX_ARABIC_NUMERALS,
  MAX_CHINESE_NUMERALS,
  lexMarker,
  type Marker,
  type MarkerKind,
} from './markers.js';
import { partitionPoint } from '../search.js';

export interface IndexedMarker extends Marker {
  /** The offset the lexer started at: a markdown wrapper's first character (`#`, `*`, `_`), else `start`. */
  from: number;
}

/**
 * The markers of a text in the order of the offset each was lexed at, a column per field (read
 * them through the queries below): a run such as `①①①…` holds a marker at every character, so no
 * object is kept per marker.
 */
export interface MarkerIndex {
  readonly text: string;
  readonly count: number;
  readonly from: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly number: Int32Array;
  /** Kind (bits 0–2), width (bits 3–4), spaced (bit 5), ambiguous (bit 6). */
  readonly shape: Uint8Array;
  /** Position in `wrappers` of the marker's wrapper (0: none). */
  readonly wrapper: Uint8Array;
  readonly wrappers: readonly (string | null)[];
  /** The token's text where it is not the slice `start`–`end` (markdown emphasis inside it), by entry. */
  readonly texts: ReadonlyMap<number, string>;
}

// (16 kinds fit the byte's kind bits; a 17th needs them widened.)
const KINDS: readonly MarkerKind[] = ['chapter', 'chapter-section', 'article', 'cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'ar-half', 'circled'];
const WIDTHS: readonly Marker['width'][] = ['full', 'half', 'none'];
// One byte per marker: kind in bits 0–3, width in bits 4–5, then spaced and ambiguous.
const KIND_BITS = 0b1111;
const WIDTH_SHIFT = 4;
const SPACED = 1 << 6;
const AMBIGUOUS = 1 << 7;

/** 1 where a token (`（` `(` `第`, a Chinese or Arabic numeral, `①`–`⑳`) or a wrapper (`#` `*` `_`) can start. */
const STARTS = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of `（(第${CHINESE_NUMERALS}${ARABIC_NUMERALS}#*_`) table[c.charCodeAt(0)] = 1;
  for (let c = 0x2460; c <= 0x2473; c++) table[c] = 1;
  return table;
})();

/** The numeral class of a character (1 Arabic, 2 Chinese, 0 none) and the most numerals of a class a token holds. */
const NUMERAL = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of ARABIC_NUMERALS) table[c.charCodeAt(0)] = 1;
  for (const c of CHINESE_NUMERALS) table[c.charCodeAt(0)] = 2;
  return table;
})();
const MAX_NUMERALS = [0, MAX_ARABIC_NUMERALS, MAX_CHINESE_NUMERALS];

/** Columns that double as they fill: the index is built in one pass without counting first. */
class Columns {
  count = 0;
  from = new Int32Array(16);
  start = new Int32Array(16);
  end = new Int32Array(16);
  number = new Int32Array(16);
  shape = new Uint8Array(16);
  wrapper = new Uint8Array(16);

  push(from: number, marker: Marker, shape: number, wrapper: number): void {
    if (this.count === this.from.length) this.grow();
    const k = this.count++;
    this.from[k] = from;
    this.start[k] = marker.start;
    this.end[k] = marker.end;
    this.number[k] = marker.number;
    this.shape[k] = shape;
    this.wrapper[k] = wrapper;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.from = grown(this.from);
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.number = grown(this.number);
    this.shape = grown(this.shape);
    this.wrapper = grown(this.wrapper);
  }
}

/** Every marker of `text`: the lexer at each offset where one can start, in one pass. */
export function indexMarkers(text: string): MarkerIndex {
  const columns = new Columns();
  const wrappers: (string | null)[] = [null];
  const texts = new Map<number, string>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (STARTS[c] !== 1) continue;
    // A token that opens with a numeral holds a few at most: in a longer run (`20240101`, a
    // string of 一二三…) only the last few can open one, so the lexer skips the rest of the run.
    const numeral = NUMERAL[c]!;
    if (numeral !== 0 && (i === 0 || NUMERAL[text.charCodeAt(i - 1)] !== numeral)) {
      let runEnd = i + 1;
      while (runEnd < text.length && NUMERAL[text.charCodeAt(runEnd)] === numeral) runEnd++;
      const first = runEnd - MAX_NUMERALS[numeral]!;
      if (first > i) {
        i = first - 1;
        continue;
      }
    }
    const marker = lexMarker(text, i);
    if (marker === null) continue;
    let wrapper = wrappers.indexOf(marker.wrapper);
    if (wrapper < 0) wrapper = wrappers.push(marker.wrapper) - 1;
    const shape =
      KINDS.indexOf(marker.kind) | (WIDTHS.indexOf(marker.width) << WIDTH_SHIFT) | (marker.spaced ? SPACED : 0) | (marker.ambiguous ? AMBIGUOUS : 0);
    if (marker.text.length !== marker.end - marker.start) texts.set(columns.count, marker.text);
    columns.push(i, marker, shape, wrapper);
  }
  const { count, from, start, end, number, shape, wrapper } = columns;
  return { text, count, from, start, end, number, shape, wrapper, wrappers, texts };
}

/** The marker of entry `k`, with the fields the lexer gave it. */
function markerOf(index: MarkerIndex, k: number): IndexedMarker {
  const shape = index.shape[k]!;
  const start = index.start[k]!;
  const end = index.end[k]!;
  return {
    kind: KINDS[shape & KIND_BITS]!,
    number: index.number[k]!,
    text: index.texts.get(k) ?? index.text.slice(start, end),
    start,
    end,
    spaced: (shape & SPACED) !== 0,
    wrapper: index.wrappers[index.wrapper[k]!]!,
    width: WIDTHS[(shape >> WIDTH_SHIFT) & 3]!,
    ambiguous: (shape & AMBIGUOUS) !== 0,
    from: index.from[k]!,
  };
}

/** Position of the first entry lexed at or after `offset` (`count` when none). */
function firstFrom(index: MarkerIndex, offset: number): number {
  return partitionPoint(index.count, (i) => index.from[i]! < offset);
}

/** The marker the lexer reads at `from` (a wrapper before it included), or null; null too when it ends past `limit`. */
export function markerAt(index: MarkerIndex, from: number, limit = index.text.length): IndexedMarker | null {
  const k = firstFrom(index, from);
  if (k === index.count || index.from[k] !== from || index.end[k]! > limit) return null;
  return markerOf(index, k);
}

/** The markers lexed at offsets in [`from`, `to`), in order (a token after a wrapper once per offset it is read from). */
export function* markersWithin(index: MarkerIndex, from: number, to: number): Generator<IndexedMarker> {
  for (let k = firstFrom(index, from); k < index.count && index.from[k]! < to; k++) yield markerOf(index, k);
}

/** The markers lexed within `lookBack` characters before `end` that end there. */
export function markersEndingAt(index: MarkerIndex, end: number, lookBack: number): IndexedMarker[] {
  const found: IndexedMarker[] = [];
  for (let k = firstFrom(index, end - lookBack); k < index.count && index.from[k]! < end; k++) {
    if (index.end[k] === end) found.push(markerOf(index, k));
  }
  return found;
}
