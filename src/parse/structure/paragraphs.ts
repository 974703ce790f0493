// Paragraphs: the units markers, titles and notes start. Normally one non-blank line each; a line
// that holds a whole flattened document (web copy) is cut where its paragraphs used to begin.
import type { Line } from '../segment/lines.js';
import { headerCuts } from './headerCuts.js';
import { lexMarker } from './markers.js';
import { trimSpan } from './spans.js';

export interface Paragraph {
  /** Trimmed span: no leading or trailing blanks. */
  start: number;
  end: number;
  text: string;
  /** Starts a physical line (false: cut out of a flattened line, so markers need sequence support). */
  lineStart: boolean;
  /** A blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
  /** Index of the physical line it lies on. */
  line: number;
}

/** A line this long that holds several blank-separated markers is a flattened document. */
const FLAT_MIN_LENGTH = 100;
const FLAT_MIN_MARKERS = 3;

/** Longest heading a first sub-item may be glued to in text without any paragraph breaks. */
const MAX_GLUED_HEADING = 30;

const CUT = /[ \t\u3000\u00a0]+/g;

/** Cut positions of a flattened line: after every run of blanks, and after 。！？ when a marker follows. */
function cutPoints(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  const line = text.slice(start, end);
  const depth = titleDepths(line);
  CUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUT.exec(line)) !== null) {
    const at = start + m.index + m[0].length;
    // A blank inside a cited title (《教育部 某省人民政府关于…》) is part of the title.
    // Nor does a stray blank inside a document number (`东人社发[2023] 12 号`) or a marker (`（ 二 ）`).
    const before = line[m.index - 1] ?? '';
    const after = line[m.index + m[0].length] ?? '';
    const glued = (/[0-9０-９〕\]］】]/.test(before) && /[0-9０-９号]/.test(after)) || /[（(]/.test(before) || /[）)、.．]/.test(after);
    if (at < end && depth[m.index] === 0 && !glued) cuts.push(at);
  }
  // No blank at all between paragraphs: a marker right after a full stop or a closing bracket.
  const stop = /[。！？）)]/g;
  const lastOfKind = new Map<string, number>();
  while ((m = stop.exec(line)) !== null) {
    const at = start + m.index + 1;
    if (depth[m.index] !== 0 || at >= end) continue;
    const marker = lexMarker(text, at, end);
    // `。10.15-30%的…` after note 9.: a decimal-looking marker the numbering expects.
    const expected = marker?.ambiguous && lastOfKind.get(marker.kind) === marker.number - 1;
    if (markerAfterStop(text, at, end) || expected) {
      cuts.push(at);
      if (marker) lastOfKind.set(marker.kind, marker.number);
    }
  }
  // `三、主要措施(一)着力构建…1.加快…`: a sub-item glued to a short heading.
  const first = /(?<![0-9０-９])(?:[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})[）)]|[0-9]{1,3}[.．、])(?![0-9０-９])/g;
  while ((m = first.exec(line)) !== null) {
    const at = start + m.index;
    const head = line.slice(Math.max(0, m.index - MAX_GLUED_HEADING), m.index);
    if (depth[m.index] === 0 && /(?:[一二三四五六七八九十]、|[（(](?:[一二三四五六七八九十]+|[0-9]{1,3})[）)])[^。；，：、《》（）()]{2,}$/.test(head)) cuts.push(at);
  }
  // The notice wrapper and title block before the first section, glued together.
  const firstSection = cuts.find((c) => {
    const marker = lexMarker(text, c, end);
    return marker !== null && marker.number === 1 && (marker.kind === 'cn-dun' || marker.kind === 'chapter' || marker.kind === 'cn-paren');
  });
  cuts.push(...headerCuts(text, start, firstSection ?? start));
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Nesting depth of 《》 at each index of `line`. */
function titleDepths(line: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const ch of line) {
    if (ch === '《') depth++;
    depths.push(depth);
    if (ch === '》' && depth > 0) depth--;
    if (ch.length === 2) depths.push(depth);
  }
  return depths;
}

/** A marker that can open a paragraph glued to the full stop before it (`…提升。（二）…`). */
function markerAfterStop(text: string, at: number, end: number): boolean {
  const marker = lexMarker(text, at, end);
  return marker !== null && !marker.ambiguous && marker.wrapper === null && marker.kind !== 'circled' && marker.kind !== 'ar-half';
}

function isFlattened(text: string, line: Line): boolean {
  if (line.end - line.start < FLAT_MIN_LENGTH) return false;
  let markers = 0;
  const opener = /[ \t\u3000\u00a0]+|[。！？）)]/g;
  let m: RegExpExecArray | null;
  while ((m = opener.exec(line.text)) !== null) {
    const at = line.start + m.index + m[0].length;
    if (at < line.end && markerAfterStop(text, at, line.end)) markers++;
    if (markers >= FLAT_MIN_MARKERS) return true;
  }
  return false;
}


/** Paragraphs of the text in order, each trimmed; blank lines give none. */
export function splitParagraphs(text: string, lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let blankBefore = true;
  for (const line of lines) {
    const span = trimSpan(text, line.start, line.end);
    if (span.start === span.end) {
      blankBefore = true;
      continue;
    }
    if (!isFlattened(text, line)) {
      // Fields written out, not `...span`: V8's object spread is slow here (once per line).
      out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), lineStart: true, blankBefore, line: line.index });
      blankBefore = false;
      continue;
    }
    const cuts = [span.start, ...cutPoints(text, span.start, span.end).filter((c) => c > span.start), span.end];
    let pieceStart = cuts[0];
    for (let i = 1; i < cuts.length; i++) {
      const piece = trimSpan(text, pieceStart, cuts[i]);
      if (piece.start === piece.end) {
        pieceStart = cuts[i];
        continue;
      }
      // A marker standing alone (`（3） 深化…`) keeps the words after it in its paragraph.
      const marker = lexMarker(text, piece.start, piece.end);
      if (marker && marker.end === piece.end && i < cuts.length - 1) continue;
      out.push({
        start: piece.start,
        end: piece.end,
        text: text.slice(piece.start, piece.end),
        lineStart: piece.start === span.start,
        blankBefore: piece.start === span.start && blankBefore,
        line: line.index,
      });
      pieceStart = cuts[i];
    }
    blankBefore = false;
  }
  return out;
}
