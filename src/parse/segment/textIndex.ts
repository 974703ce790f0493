// The one index of a document's text, built once before any stage runs: its lines (every
// line-break kind) and the offsets of every character that ends a line, sentence, clause or
// phrase. What a sentence, clause or phrase is is defined here only; stages ask the index for
// the span around an offset (a binary search) instead of scanning the text again. Every numbering
// marker is read here too, once (markerIndex.ts).
import { splitLines, type Line } from './lines.js';
import { indexMarkers, type MarkerIndex } from './markerIndex.js';
import { lastStartingAtOrBefore, lowerBound } from '../search.js';

/**
 * The spans the text divides into, each a superset of the breaks of the one before:
 * - line: a line break (`\n`, `\r`, U+2028, U+2029);
 * - sentence: a line break or `。！？!?`;
 * - clause: those and `；;`;
 * - phrase: those and `，,`;
 * - element: those and `：:` and a tab: a phrase, a label before its colon, or a table cell.
 */
export type BreakKind = 'line' | 'sentence' | 'clause' | 'phrase' | 'element';

export interface TextIndex {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Ascending offsets of the characters that end each kind of span. */
  readonly breaks: Readonly<Record<BreakKind, readonly number[]>>;
  /** Ascending offsets of `：` and `:` (a sentence that introduces a list ends in one). */
  readonly colons: readonly number[];
  /** Every numbering marker, by the offset it is lexed at. */
  readonly markers: MarkerIndex;
}

/** The rank of a break character: the first kind it ends (0 = line … 4 = element); -1 for none. */
function breakRank(c: number): number {
  switch (c) {
    case 0x0a: case 0x0d: case 0x2028: case 0x2029:
      return 0;
    case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f: // 。！？!?
      return 1;
    case 0xff1b: case 0x3b: // ；;
      return 2;
    case 0xff0c: case 0x2c: // ，,
      return 3;
    case 0xff1a: case 0x3a: case 0x09: // ：: tab
      return 4;
    default:
      return -1;
  }
}

/** True when the character (a UTF-16 code) ends a span of `kind`. */
export function endsSpan(c: number, kind: BreakKind): boolean {
  const rank = breakRank(c);
  return rank >= 0 && rank <= KINDS.indexOf(kind);
}

/**
 * `，,；;。！？!?`: a break between the clauses of a list body, which sits in one pair of brackets
 * (`（A、B等负责。列第一位者为牵头单位）`); never a line break, as a name may wrap over lines.
 */
export function separatesListClauses(c: number): boolean {
  return endsSpan(c, 'phrase') && !endsSpan(c, 'line');
}

const KINDS: readonly BreakKind[] = ['line', 'sentence', 'clause', 'phrase', 'element'];

/** Index `text`: one pass over its characters for the breaks, one for the markers. */
export function buildTextIndex(text: string, lines: readonly Line[] = splitLines(text)): TextIndex {
  const breaks: Record<BreakKind, number[]> = { line: [], sentence: [], clause: [], phrase: [], element: [] };
  const colons: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rank = breakRank(c);
    if (rank < 0) continue;
    for (let k = rank; k < KINDS.length; k++) breaks[KINDS[k]!].push(i);
    if (c === 0xff1a || c === 0x3a) colons.push(i);
  }
  return { text, lines, breaks, colons, markers: indexMarkers(text) };
}

/** Index of the first of ascending `at` that is ≥ `offset` (`at.length` when none). */
export const firstAtOrAfter = lowerBound;

/** The span of `kind` holding `offset`, from after the break before it to its closing break included. */
export function spanAround(index: TextIndex, offset: number, kind: BreakKind): { start: number; end: number } {
  const at = index.breaks[kind];
  const k = firstAtOrAfter(at, offset);
  const start = k > 0 ? at[k - 1]! + 1 : 0;
  const end = k < at.length ? at[k]! : index.text.length;
  return { start, end: Math.min(index.text.length, end + 1) };
}

/** Offset of the last break of `kind` before `offset` (-1 when none). */
export function breakBefore(index: TextIndex, offset: number, kind: BreakKind): number {
  const at = index.breaks[kind];
  const k = firstAtOrAfter(at, offset);
  return k > 0 ? at[k - 1]! : -1;
}

/** Offset of the first break of `kind` at or after `offset` (`text.length` when none). */
export function breakAtOrAfter(index: TextIndex, offset: number, kind: BreakKind): number {
  const at = index.breaks[kind];
  const k = firstAtOrAfter(at, offset);
  return k < at.length ? at[k]! : index.text.length;
}

/** Index of the line holding `offset` (a break belongs to the line it ends). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(lines, offset));
}

/**
 * Start of the line holding `offset`, or -1 when its break lies more than `limit` back: callers
 * look only near a target, as a document flattened onto one line holds thousands of them.
 */
export function lineStartWithin(index: TextIndex, offset: number, limit: number): number {
  const floor = Math.max(0, offset - limit);
  const start = index.lines[lineIndexAt(index.lines, offset)]!.start;
  if (start > 0 && start - 1 >= floor) return start;
  return floor === 0 ? 0 : -1;
}
