import { sectionPathAt } from '../../structure/tree.js';
import type { Section } from '../../../schema/section.js';
import type { TargetCandidate } from '../candidate.js';
import type { Line } from '../../segment/lines.js';

/** A due year stated in a heading: `到2025年`, `2023年底前`, `“十四五”末`, or a heading that is a year plan (`2023年目标`). */
const HEADING_DUE = /(?:到|至|截至)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*(?:底|末|前|目标|任务)|十([一二三四五六七八九])五[”"]?(?:期末|末)/u;

/**
 * The year by which a target is due, in order of closeness:
 * 1. a due date (`到2025年`, `2023年底`, a period `2023—2025年` opening the sentence) earlier in
 *    the same clause (up to `；`), or one framing an earlier clause of the sentence
 *    (`到2024年底，A…；B…`: it carries over `；`);
 * 2. a due date later in the same clause that does not frame what follows it
 *    (`建成3所，2024年底前完成`); a framing one (`…1家，到2024年底，…60%`) does not reach back;
 * 3. the nearest due date that opens an earlier sentence of the same paragraph and section
 *    (`到2022年，办好…。创建…`): it frames the sentences after it;
 * 4. a table row whose own cell is a date (`完成时限` column);
 * 5. the heading of its section or of a parent.
 * Dates have no deadline, nor durations that are themselves the time frame (`5-10年内`).
 */
export function deadlineFor(
  target: TargetCandidate,
  all: readonly TargetCandidate[],
  text: string,
  lines: readonly Line[],
  sections: readonly Section[],
): number | null {
  if (target.kind === 'date' || target.timeLimit) return null;
  const index = documentIndex(all, text);
  const dues = index.dues;
  const sentence = spanAround(index, target.start, 'sentence');
  const clause = spanAround(index, target.start, 'clause');
  const inSentence = dues.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const before = inSentence.filter((d) => d.end <= target.start && (d.start >= clause.start || framesClause(text, d)));
  if (before.length > 0) return dueYear(before[before.length - 1]!);
  const after = inSentence.find((d) => d.start >= target.end && d.end <= clause.end && !framesClause(text, d));
  if (after) return dueYear(after);
  const paragraph = spanAround(index, target.start, 'line');
  const sectionHere = sectionPathAt(sections, target.start).at(-1) ?? null;
  const earlier = dues.filter(
    (d) =>
      d.start >= paragraph.start &&
      d.end <= target.start &&
      opensSentence(text, d.start) &&
      (sectionPathAt(sections, d.start).at(-1) ?? null) === sectionHere,
  );
  if (earlier.length > 0) return dueYear(earlier[earlier.length - 1]!);
  const rowYear = tableRowDeadline(target, all, text, lines);
  if (rowYear !== null) return rowYear;
  for (const section of sectionPathAt(sections, target.start).reverse()) {
    const m = HEADING_DUE.exec(section.heading);
    if (m) return m[3] ? 1981 + 5 * (10 + chineseDigit(m[3]) - 6) + 4 : Number(m[1] ?? m[2]);
  }
  return null;
}

/**
 * A date filling a whole table cell (a tab- or line-delimited cell holding only `2022年`)
 * is the row's completion time; the row is the run of non-blank lines around it, or its
 * own line when that line holds several cells.
 */
function tableRowDeadline(target: TargetCandidate, all: readonly TargetCandidate[], text: string, lines: readonly Line[]): number | null {
  const row = rowAround(text, lines, target.start);
  if (!row) return null;
  const cellDate = all.find(
    (d) => d.kind === 'date' && d.year !== null && d.start >= row.start && d.end <= row.end && fillsCell(text, d),
  );
  return cellDate?.year ?? null;
}

function fillsCell(text: string, d: TargetCandidate): boolean {
  const before = text.slice(text.lastIndexOf('\n', d.start - 1) + 1, d.start);
  const lineEnd = text.indexOf('\n', d.end);
  const after = text.slice(d.end, lineEnd < 0 ? undefined : lineEnd);
  const cellStart = before.lastIndexOf('\t');
  const cellEnd = after.indexOf('\t');
  const lead = cellStart < 0 ? before : before.slice(cellStart + 1);
  const trail = cellEnd < 0 ? after : after.slice(0, cellEnd);
  return /^[\s\u3000]*$/.test(lead) && /^[\s\u3000前底末]*$/.test(trail) && /\t/.test(before + after);
}

function rowAround(text: string, lines: readonly Line[], offset: number): { start: number; end: number } | null {
  const at = lineIndexAt(lines, offset);
  const line = lines[at]!;
  if (holdsCells(line)) return { start: line.start, end: line.end };
  if (!/^\t/.test(line.text)) return null;
  // Cells one per line, rows separated by blank lines.
  let first = at;
  while (first > 0 && lines[first - 1]!.text.trim() !== '') first--;
  let last = at;
  while (last + 1 < lines.length && lines[last + 1]!.text.trim() !== '') last++;
  return { start: lines[first]!.start, end: lines[last]!.end };
}

const HOLDS_CELLS = new WeakMap<Line, boolean>();

/** A line with several tab-separated cells; remembered per line, as many targets share one. */
function holdsCells(line: Line): boolean {
  let holds = HOLDS_CELLS.get(line);
  if (holds === undefined) {
    holds = (line.text.match(/\t/g) ?? []).length >= 2 && /\t\S[^\t]*\t/.test(line.text);
    HOLDS_CELLS.set(line, holds);
  }
  return holds;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * What every target of one document shares: its due dates and the offsets of each kind of
 * break, found once (walking to the sentence or line start from each target was quadratic on
 * a flattened one-line document). Keyed by the candidate list, which is one per document.
 */
interface DocumentIndex {
  text: string;
  dues: TargetCandidate[];
  /** Ascending offsets of the characters that end each kind of span. */
  breaks: Record<BreakKind, number[]>;
}

/** Sentence: `。！？!?` or a line break; clause: those and `；;`; line: `\n`, `\r`. */
type BreakKind = 'sentence' | 'clause' | 'line';

const INDEXES = new WeakMap<readonly TargetCandidate[], DocumentIndex>();

function documentIndex(all: readonly TargetCandidate[], text: string): DocumentIndex {
  let index = INDEXES.get(all);
  if (!index || index.text !== text) {
    const dues = all.filter((d) => d.kind === 'date' && d.due && dueYear(d) !== null);
    index = { text, dues, breaks: breakOffsets(text) };
    INDEXES.set(all, index);
  }
  return index;
}

function breakOffsets(text: string): Record<BreakKind, number[]> {
  const breaks: Record<BreakKind, number[]> = { sentence: [], clause: [], line: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      breaks.line.push(i);
      breaks.sentence.push(i);
      breaks.clause.push(i);
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      breaks.sentence.push(i);
      breaks.clause.push(i);
    } else if (c === 0xff1b || c === 0x3b) {
      breaks.clause.push(i);
    }
  }
  return breaks;
}

/** The span around `offset` up to the nearest break on each side, the closing break included. */
function spanAround(index: DocumentIndex, offset: number, kind: BreakKind): { start: number; end: number } {
  const { text } = index;
  const at = index.breaks[kind];
  // First break at or after `offset`.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? at[lo - 1]! + 1 : 0;
  const end = lo < at.length ? at[lo]! : text.length;
  return { start, end: Math.min(text.length, end + 1) };
}

function chineseDigit(c: string): number {
  return '一二三四五六七八九'.indexOf(c) + 1;
}

/** True when only whitespace, a marker-free line start or a sentence end precedes `offset`. */
function opensSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t\u3000]/.test(text[i]!)) i--;
  return i < 0 || /[。；;！？!?\n\r]/.test(text[i]!) || /(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])$/.test(text.slice(Math.max(0, i - 5), i + 1));
}

/** A date's due year: its year, or the last year of a period (`2023—2025年` → 2025). */
function dueYear(d: TargetCandidate): number | null {
  return d.year ?? d.max;
}

/**
 * A due date frames the clauses after it when it opens a clause and either is followed by
 * `，` (`，到2024年底，…`) or says `到`/`截至` (`到2025年家政…`); `，2024年底前完成` instead
 * closes what came before it.
 */
function framesClause(text: string, d: TargetCandidate): boolean {
  const opens = opensSentence(text, d.start) || /[，,][\s\u3000]*$/.test(text.slice(Math.max(0, d.start - 2), d.start));
  return opens && (/^[\s\u3000]*[，,]/.test(text.slice(d.end, d.end + 2)) || /^(?:到|至|截至|截止)/.test(text.slice(d.start, d.end)));
}
