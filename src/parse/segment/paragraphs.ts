// Paragraphs: the units markers, titles and notes start. Normally one non-blank line each; a line
// that holds a whole flattened document (web copy) is cut where its paragraphs used to begin.
import type { Line } from './lines.js';
import { headerCuts } from './headerCuts.js';
import { continuesNumber, type Marker, type MarkerKind } from './markers.js';
import { markerAt, markersWithin, type IndexedMarker, type MarkerIndex } from './markerIndex.js';
import { vocabularyHeading } from './headingBoundary.js';
import { trimSpan } from './spans.js';
import type { TextIndex } from './textIndex.js';

/** A paragraph that starts with a numbering marker. */
export interface MarkedParagraph {
  marker: Marker;
  paragraph: Paragraph;
}

export interface Paragraph {
  /** Trimmed span: no leading or trailing blanks. */
  start: number;
  end: number;
  text: string;
  /** Starts a physical line (false: cut out of a flattened line, so markers need sequence support). */
  lineStart: boolean;
  /** Cut out of a line that held several paragraphs (line breaks lost): headings may run into the body. */
  flat?: boolean;
  /** Starts at a marker the running numbering of its flattened line expects (a paragraph break however glued). */
  sequenced?: boolean;
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

/** Blanks of any width within a line (ideographic, no-break, em spaces…), never a line break. */
const CUT = /[^\S\r\n\u2028\u2029]+/g;

/** Cut positions of a flattened line: after every run of blanks, and after 。！？ when a marker follows. */
function cutPoints(index: TextIndex, start: number, end: number, sequenced: Set<number>): number[] {
  const { text, markers } = index;
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
    // Web copies pad a quoted or Latin term with a blank (`（一）“互联网+” 高技术产业`): inside a short
    // heading that blank is no paragraph break.
    const padded =
      /[”"+A-Za-z]/.test(before) && /[\u4e00-\u9fff]/.test(after) && markerAt(markers, at, end) === null &&
      headingEndsAt(markers, start, start + m.index, 16, PADDED_HEADING, headsSection);
    if (padded) continue;
    if (at < end && depth[m.index] === 0 && !glued) cuts.push(at);
  }
  // No blank at all between paragraphs: a marker right after a full stop or a closing bracket.
  const lastOfKind = new Map<MarkerKind, number>();
  for (const marker of markersWithin(markers, start + 1, end)) {
    const stop = marker.from - 1;
    if (!/[。！？）)]/.test(text[stop]) || depth[stop - start] !== 0 || marker.end > end) continue;
    // `。10.15-30%的…` after note 9.: a decimal-looking marker the numbering expects.
    const expected = marker.ambiguous && lastOfKind.get(marker.kind) === marker.number - 1;
    if (opensAfterStop(marker) || expected) {
      cuts.push(marker.from);
      lastOfKind.set(marker.kind, marker.number);
    }
  }
  // `三、主要措施(一)着力构建…1.加快…`: a sub-item glued to a short heading.
  for (const marker of markersWithin(markers, start, end)) {
    if (depth[marker.from - start] === 0 && marker.end <= end && isGluedSubItem(text, marker) &&
      headingEndsAt(markers, start, marker.from, MAX_GLUED_HEADING, GLUED_HEADING, headsSubItems)) cuts.push(marker.from);
  }
  const running = runningMarkers(index, start, end, depth);
  for (const marker of running) sequenced.add(marker.start);
  cuts.push(...running.map((marker) => marker.start));
  // The notice wrapper and title block before the first section, glued together.
  const firstSection = cuts.find((c) => {
    const marker = markerAt(markers, c, end);
    return marker !== null && marker.number === 1 && (marker.kind === 'cn-dun' || marker.kind === 'chapter' || marker.kind === 'cn-paren');
  });
  cuts.push(...headerCuts(text, start, firstSection ?? start));
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** A short heading after its marker, up to a blank (`（一）“互联网+” 高技术产业`). */
const PADDED_HEADING = /^[^。，；：,;:！？\s]{1,12}$/;
/** A short heading after its marker, up to a sub-item glued to it (`三、主要措施(一)…`). */
const GLUED_HEADING = /^[^。；，：、《》（）()]{2,}$/;

const headsSection = (marker: Marker): boolean => marker.kind === 'cn-paren' || (marker.kind === 'cn-dun' && marker.text.endsWith('、'));
const headsSubItems = (marker: Marker): boolean => headsSection(marker) || marker.kind === 'ar-paren';

/**
 * A short heading under its marker ends at `at` (`三、主要措施`, `（一）着力构建`): a marker `heads`
 * accepts, written without blanks, lexed within `window` characters before `at` on the line, then
 * `heading` up to `at`.
 */
function headingEndsAt(markers: MarkerIndex, lineStart: number, at: number, window: number, heading: RegExp, heads: (m: Marker) => boolean): boolean {
  for (const marker of markersWithin(markers, Math.max(lineStart, at - window), at)) {
    if (marker.from === marker.start && !marker.spaced && heads(marker) && heading.test(markers.text.slice(marker.end, at))) return true;
  }
  return false;
}

/** A sub-item as a heading has it glued on (`（一）` `（1）` `1.` `1、`): no blanks inside, no digit on either side. */
function isGluedSubItem(text: string, marker: IndexedMarker): boolean {
  const kind = marker.kind === 'cn-paren' || marker.kind === 'ar-paren' || marker.kind === 'ar-dot';
  return kind && marker.from === marker.start && !marker.spaced && !continuesNumber(text, marker) && !/[0-9０-９]/.test(text[marker.end] ?? '');
}

const LEVEL_OF: Partial<Record<MarkerKind, number>> = { 'cn-dun': 0, 'cn-paren': 1, 'ar-dot': 2, 'ar-paren': 3 };

/**
 * Markers glued inside running text (`…区内各相关企业（二）“互联网+”现代农业1．行动目标。…`) where
 * the document's numbering expects exactly them: the next number of their kind, counted afresh
 * under each marker of a higher kind. A top-level number written twice (`三、` … `三、保障措施`)
 * counts when a heading word of plans follows it. One pass over the line.
 */
function runningMarkers(index: TextIndex, start: number, end: number, depth: readonly number[]): IndexedMarker[] {
  const { text, markers } = index;
  const last = [0, 0, 0, 0];
  const ever = [0, 0, 0, 0];
  const running: IndexedMarker[] = [];
  let resume = start; // a marker taken is not read into: the scan resumes after it
  for (const marker of markersWithin(markers, start, end)) {
    const level = LEVEL_OF[marker.kind];
    if (marker.from < resume || marker.end > end || level === undefined || marker.ambiguous || marker.wrapper !== null) continue;
    if (depth[marker.from - start] !== 0 || !numbersInline(text, marker)) continue;
    // An enumeration inside a sentence (`主要包括：1.治理扬尘；2.…`) is not a paragraph break; the
    // sentence that hands over to the outline (`现制订方案如下：一、工作目标…`) is.
    let back = marker.from - 1;
    while (back >= start && /\s/.test(text[back])) back--;
    const handsOver = back >= start && OUTLINE_LEAD.test(text.slice(Math.max(start, back - 4), back + 1));
    if (back >= start && /[：:；;，,、]/.test(text[back]) && !handsOver) continue;
    const after = text.slice(marker.end, Math.min(end, marker.end + 8));
    if (!/^[\s\u3000]*[\u4e00-\u9fff“"《]/.test(after)) continue;
    // The first top-level marker opens the body after a sentence or a blank, never inside a phrase.
    if (level === 0 && last[0] === 0 && marker.from > start && !handsOver && !/[。！？；\s]/.test(text[marker.from - 1])) continue;
    const repeat = level === 0 && marker.number === last[0] && vocabularyAhead(after);
    // Items numbered straight across their parents (（1）…（16） over several 1.…5.) go on counting.
    const runsOn = last[level] === 0 && marker.number > 1 && marker.number === ever[level] + 1;
    if (marker.number !== last[level] + 1 && !repeat && !runsOn) continue;
    last[level] = marker.number;
    ever[level] = marker.number;
    for (let l = level + 1; l < last.length; l++) last[l] = 0;
    running.push(marker);
    resume = marker.end;
  }
  return running;
}

/**
 * Written the way running text numbers its items: `（一）` `（1）`, or `一、` `1.` with no blank
 * inside and under 100; never read from inside a longer number or after `第`.
 */
function numbersInline(text: string, marker: Marker): boolean {
  if (continuesNumber(text, marker)) return false;
  return marker.kind === 'cn-paren' || marker.kind === 'ar-paren' || (!marker.spaced && marker.number < 100);
}

/** The end of a sentence that hands over to what follows it (`…方案如下：`, `…提出以下意见：`). */
const OUTLINE_LEAD = /(?:如下|以下意见|以下措施|以下要求)[：:]$/;

const vocabularyAhead = (after: string): boolean => vocabularyHeading(after.trim() + '。') !== null || /^[\s\u3000]*(?:保障|组织|工作|重点|主要|总体)/.test(after);

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
function opensAfterStop(marker: Marker): boolean {
  return !marker.ambiguous && marker.wrapper === null && marker.kind !== 'circled' && marker.kind !== 'ar-half';
}

function isFlattened(index: TextIndex, line: Line): boolean {
  if (line.end - line.start < FLAT_MIN_LENGTH) return false;
  const { text, markers } = index;
  let opening = 0;
  let topLevel = false;
  for (const marker of markersWithin(markers, line.start, line.end)) {
    topLevel ||= marker.kind === 'cn-dun';
    const after = marker.from > line.start && /[^\S\r\n\u2028\u2029]|[。！？）)]/.test(text[marker.from - 1]);
    if (after && marker.end <= line.end && opensAfterStop(marker) && ++opening >= FLAT_MIN_MARKERS) return true;
  }
  // Breaks deleted outright (`…计划。一、空间目标1.滨江南段（1）建设…`): markers glued to running
  // text that continue their numbering, with a top-level one among them (none: no such line).
  if (!topLevel) return false;
  const running = runningMarkers(index, line.start, line.end, titleDepths(line.text));
  return running.length >= FLAT_MIN_MARKERS && running.some((marker) => marker.kind === 'cn-dun');
}


/** Paragraphs of the text in order, each trimmed; blank lines give none. */
export function splitParagraphs(index: TextIndex, lines: readonly Line[]): Paragraph[] {
  const { text } = index;
  const out: Paragraph[] = [];
  let blankBefore = true;
  for (const line of lines) {
    const span = trimSpan(text, line.start, line.end);
    if (span.start === span.end) {
      blankBefore = true;
      continue;
    }
    if (!isFlattened(index, line)) {
      // Fields written out, not `...span`: V8's object spread is slow here (once per line).
      out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), lineStart: true, blankBefore, line: line.index });
      blankBefore = false;
      continue;
    }
    const sequenced = new Set<number>();
    const cuts = [span.start, ...cutPoints(index, span.start, span.end, sequenced).filter((c) => c > span.start), span.end];
    let pieceStart = cuts[0];
    for (let i = 1; i < cuts.length; i++) {
      const piece = trimSpan(text, pieceStart, cuts[i]);
      if (piece.start === piece.end) {
        pieceStart = cuts[i];
        continue;
      }
      // A marker standing alone (`（3） 深化…`) keeps the words after it in its paragraph.
      const marker = markerAt(index.markers, piece.start, piece.end);
      if (marker && marker.end === piece.end && i < cuts.length - 1) continue;
      out.push({
        start: piece.start,
        end: piece.end,
        text: text.slice(piece.start, piece.end),
        lineStart: piece.start === span.start,
        blankBefore: piece.start === span.start && blankBefore,
        line: line.index,
        flat: true,
        ...(sequenced.has(piece.start) ? { sequenced: true } : {}),
      });
      pieceStart = cuts[i];
    }
    blankBefore = false;
  }
  return out;
}
