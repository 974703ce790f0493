import { sectionPathAt } from './section.js';
import { isPlainOutlineMarker } from '../../segment/markers.js';
import { markersEndingAt } from '../../segment/markerIndex.js';
import { CLOSES_BACK, DUE_COLUMN, HEADING_DUE } from '../../lexicon/dueDates.js';
import { firstStartingAt, lastEndingAtOrBefore } from '../../search.js';
import type { Section } from '../../../schema/section.js';
import type { Table } from '../../../schema/table.js';
import type { ContextStep, TargetCandidate } from '../candidate.js';
import type { Line } from '../../segment/lines.js';
import { endsSpan, firstAtOrAfter, lineIndexAt, spanAround as indexSpanAround, type BreakKind, type TextIndex } from '../../segment/textIndex.js';

/** Which rule of the annotation's "Deadlines" gave a target its due year. */
export type DeadlineSource = 'clause' | 'paragraph' | 'section' | 'table';

export interface Deadline {
  year: number | null;
  source: DeadlineSource | null;
}

const NONE: Deadline = { year: null, source: null };

/**
 * The year by which a target is due; the first rule that applies gives it:
 * 1. clause: a due date (`到2025年`, `2023年底`, `力争2025年`, `2024年新建…`, a period
 *    `2023—2025年` opening the sentence) earlier in the same clause (up to `；`), or one framing
 *    an earlier clause of the sentence (`到2024年底，A…；B…`: it carries over `；` and `，`, never
 *    over `。`); else one later in the same clause that closes it (`建成3所，2024年底前完成`);
 *    one that frames what follows it (`…1家，到2024年底，…60%`) does not reach back;
 * 2. paragraph: a due date set off by a comma that opens the target's paragraph (its line, from
 *    the start of its innermost section when that is later: flattened text) frames every target
 *    of the paragraph across sentences, until another due date appears;
 * 3. section: a due date that opens its section's own text (`（二）工作目标。到2026年，…`) or a
 *    sentence introducing a list (`到2026年，主要目标如下：`) frames the rest of that section's
 *    text; else the heading of its section or of a parent (`（一）到2025年主要目标`);
 * 4. table: the completion-time cell of its table row, else a cell of the row holding only a date.
 * Dates have no deadline, nor durations that are themselves the time frame (`5-10年内`).
 */
export function deadlineFor(
  target: TargetCandidate,
  all: readonly TargetCandidate[],
  textIndex: TextIndex,
  sections: readonly Section[],
  tables: readonly Table[] = [],
): Deadline {
  if (target.kind === 'date' || target.timeLimit) return NONE;
  const { text, lines } = textIndex;
  const index = documentIndex(all, textIndex);
  // A rate or standard (`每户200元`, `补助标准不超过5000元`) is a parameter of a rule: only a
  // date in its own phrase makes it due; one framing the sentence or section does not.
  const standard = isStandard(target, text, index);
  const sentence = spanAround(index, target.start, standard ? 'phrase' : 'sentence');
  const clause = spanAround(index, target.start, standard ? 'phrase' : 'clause');
  const before = lastDueBefore(index, target.start, sentence.start, (d) => d.start >= clause.start || framesClause(textIndex, d));
  if (before) return found(before, 'clause');
  const after = duesWithin(index, target.end, clause.end).find((d) => !framesClause(textIndex, d));
  if (after) return found(after, 'clause');
  if (standard) return NONE;
  const path = sectionPathAt(sections, target.start);
  const sectionHere = path.at(-1) ?? null;
  const paragraph = paragraphFraming(index, text, target, sectionHere);
  if (paragraph) return found(paragraph, 'paragraph');
  const framing = lastEndingBy(framingDues(index, text, sections).get(sectionHere) ?? [], target.start);
  if (framing) return found(framing, 'section');
  for (const section of [...path].reverse()) {
    const m = HEADING_DUE.exec(section.heading);
    if (m) return { year: m[3] ? 1981 + 5 * (10 + chineseDigit(m[3]) - 6) + 4 : Number(m[1] ?? m[2]), source: 'section' };
  }
  const rowYear = tableRowYear(target, all, text, tables) ?? tableRowDeadline(target, all, text, lines);
  if (rowYear !== null) return { year: rowYear, source: 'table' };
  return NONE;
}

/** deadline and deadlineSource: the first rule of `deadlineFor` that applies (clause, paragraph, section, table). */
export const deadlineStep: ContextStep = {
  name: 'deadline',
  apply(targets, candidates, ctx, structure) {
    for (let i = 0; i < targets.length; i++) {
      const due = deadlineFor(candidates[i]!, candidates, ctx.index, structure.sections, structure.tables);
      targets[i]!.deadline = due.year;
      targets[i]!.deadlineSource = due.source;
    }
  },
};

function found(d: TargetCandidate, source: DeadlineSource): Deadline {
  return { year: dueYear(d), source };
}

/** The due dates lying within [start, end), in order: a binary search, as a big document has many. */
function duesWithin(index: DocumentIndex, start: number, end: number): TargetCandidate[] {
  const dues = index.dues;
  const lo = firstStartingAt(dues, start);
  const out: TargetCandidate[] = [];
  for (let k = lo; k < dues.length && dues[k]!.start < end; k++) if (dues[k]!.end <= end) out.push(dues[k]!);
  return out;
}

/**
 * The last due date ending by `offset` and starting at or after `from` that `accept`s, looked
 * for backwards over at most MAX_LOOK_BACK dates: a sentence holding thousands of due dates
 * (hostile input) must not make each target scan them all.
 */
function lastDueBefore(index: DocumentIndex, offset: number, from: number, accept: (d: TargetCandidate) => boolean): TargetCandidate | undefined {
  const dues = index.dues;
  let k = lastEndingAtOrBefore(dues, offset);
  for (let seen = 0; k >= 0 && seen < MAX_LOOK_BACK; k--, seen++) {
    const d = dues[k]!;
    if (d.start < from) return undefined;
    if (accept(d)) return d;
  }
  return undefined;
}

const MAX_LOOK_BACK = 64;


/** The last of `list` (in order, disjoint) ending at or before `offset`. */
function lastEndingBy(list: readonly TargetCandidate[], offset: number): TargetCandidate | undefined {
  return list[lastEndingAtOrBefore(list, offset)];
}

/**
 * Per innermost section (null: outside any), the due dates that frame the rest of its text, in
 * order: found once per document, as every target of a section asks.
 */
function framingDues(index: DocumentIndex, text: string, sections: readonly Section[]): Map<Section | null, TargetCandidate[]> {
  if (index.framing && index.framingSections === sections) return index.framing;
  const framing = new Map<Section | null, TargetCandidate[]>();
  for (const d of index.dues) {
    const section = sectionPathAt(sections, d.start).at(-1) ?? null;
    if (!((section !== null && opensSectionText(index.text, section, d)) || introducesList(index, text, d))) continue;
    const list = framing.get(section);
    if (list) list.push(d);
    else framing.set(section, [d]);
  }
  index.framing = framing;
  index.framingSections = sections;
  return framing;
}

/**
 * Rule 2: the due date that opens the target's paragraph (`到2025年，全面完成…。…完成…700台。`)
 * when no other due date stands between it and the target; undefined when the paragraph does
 * not open with one.
 */
function paragraphFraming(index: DocumentIndex, text: string, target: TargetCandidate, section: Section | null): TargetCandidate | undefined {
  const line = spanAround(index, target.start, 'line');
  const start = section !== null && section.start > line.start && section.start <= target.start ? section.start : line.start;
  // Only the section's marker and heading may stand before the opening date.
  const opensBy = Math.min(target.start, start + 1 + (section?.marker.length ?? 0) + (section?.heading.length ?? 0) + 16);
  const first = duesWithin(index, start, opensBy)[0];
  if (first === undefined || !setsFrame(index.text, first) || !opensParagraph(index.text, start, first, section)) return undefined;
  // Until another due date appears: that one governs its own clause only (rule 1).
  return lastDueBefore(index, target.start, first.end, () => true) === undefined ? first : undefined;
}

/** Only blanks, markdown, or the section's marker and heading stand between `start` and the date. */
function opensParagraph(index: TextIndex, start: number, d: TargetCandidate, section: Section | null): boolean {
  if (section !== null && section.start === start) return opensSectionText(index, section, d);
  return /^[\s\u3000*#>]*$/u.test(index.text.slice(start, d.start));
}

/** True when only the section's marker and heading (and punctuation) stand before the date. */
function opensSectionText(index: TextIndex, section: Section, d: TargetCandidate): boolean {
  if (d.start < section.start || d.start - section.start > section.marker.length + section.heading.length + 12) return false;
  let lead = index.text.slice(section.start, d.start).replace(/^[\s\u3000*#>]*/u, '');
  if (lead.startsWith(section.marker)) lead = lead.slice(section.marker.length);
  lead = lead.replace(/^[\s\u3000*]*/u, '');
  if (section.heading && lead.startsWith(section.heading)) lead = lead.slice(section.heading.length);
  return /^[\s\u3000。．.：:*]*$/u.test(lead) && setsFrame(index, d);
}

/**
 * `到2026年，…`, `2023年，…`: a date set off by a comma frames what follows; one run into its
 * verb (`2024年9月底前完成…`) states the due time of its own sentence only.
 */
function setsFrame(index: TextIndex, d: TargetCandidate): boolean {
  return framesClause(index, d) && /^[\s\u3000]*[，,]/u.test(index.text.slice(d.end, d.end + 3));
}

/** Money per unit (`每户200元`, `元/千瓦时`) or money a `标准` names, in its phrase. */
function isStandard(target: TargetCandidate, text: string, index: DocumentIndex): boolean {
  if (target.kind !== 'money') return false;
  if (target.unit !== null && target.unit.includes('/')) return true;
  const phrase = spanAround(index, target.start, 'phrase');
  return text.slice(phrase.start, target.end + 4).includes('标准');
}

/** A framing date in a sentence that ends in `：` (`到2026年，主要目标如下：`): the list after it is due then. */
function introducesList(index: DocumentIndex, text: string, d: TargetCandidate): boolean {
  if (!setsFrame(index.text, d)) return false;
  const at = index.text.colons;
  const lo = firstAtOrAfter(at, d.end);
  if (lo === at.length) return false;
  return spanAround(index, d.start, 'sentence').end > at[lo]!;
}

/**
 * A target inside a cell of an attachment table takes the year of its row's completion-time
 * cell (`完成时限`: `2024年12月底前`), else of a due date in its row.
 */
function tableRowYear(target: TargetCandidate, all: readonly TargetCandidate[], text: string, tables: readonly Table[]): number | null {
  for (const table of tables) {
    if (target.start < table.start || target.start >= table.end) continue;
    const column = table.columns.findIndex((c) => DUE_COLUMN.test(c));
    const row = table.cellSpans.find((cells) => cells.some((c) => c !== null && c.start <= target.start && target.end <= c.end));
    const cell = column < 0 ? null : row?.[column];
    if (cell) {
      const date = candidatesWithin(all, cell.start, cell.end).find((d) => d.kind === 'date' && dueYear(d) !== null);
      if (date) return dueYear(date);
      const year = /((?:19|20)\d{2})\s*年/.exec(text.slice(cell.start, cell.end));
      if (year) return Number(year[1]);
    }
    // No completion-time column: a cell of the row that holds only a date (`2024年底前`).
    const cells = (row ?? []).filter((c): c is { start: number; end: number } => c !== null);
    const date = cells.flatMap((c) => candidatesWithin(all, c.start, c.end)).find((d) => d.kind === 'date' && dueYear(d) !== null && cells.some((c) => holdsOnly(text, c, d)));
    return date ? dueYear(date) : null;
  }
  return null;
}

/** The candidates lying within [start, end), in order (`all` is ordered by start). */
function candidatesWithin(all: readonly TargetCandidate[], start: number, end: number): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  for (let k = firstStartingAt(all, start); k < all.length && all[k]!.start < end; k++) if (all[k]!.end <= end) out.push(all[k]!);
  return out;
}

/** True when the cell holds the date alone (`2024年`, `2024年底前`, `2024年12月`). */
function holdsOnly(text: string, cell: { start: number; end: number }, d: TargetCandidate): boolean {
  return cell.start <= d.start && d.end <= cell.end && /^[\s\u3000]*$/u.test(text.slice(cell.start, d.start)) && /^[\s\u3000前底末内。.]*$/u.test(text.slice(d.end, cell.end));
}

/**
 * A date filling a whole table cell (a tab- or line-delimited cell holding only `2022年`)
 * is the row's completion time; the row is the run of non-blank lines around it, or its
 * own line when that line holds several cells.
 */
function tableRowDeadline(target: TargetCandidate, all: readonly TargetCandidate[], text: string, lines: readonly Line[]): number | null {
  const row = rowAround(text, lines, target.start);
  if (!row) return null;
  const cellDate = candidatesWithin(all, row.start, row.end).find((d) => d.kind === 'date' && d.year !== null && fillsCell(text, lines, d));
  return cellDate?.year ?? null;
}

function fillsCell(text: string, lines: readonly Line[], d: TargetCandidate): boolean {
  const before = text.slice(lines[lineIndexAt(lines, d.start)]!.start, d.start);
  const after = text.slice(d.end, lines[lineIndexAt(lines, d.end)]!.end);
  const cellStart = before.lastIndexOf('\t');
  const cellEnd = after.indexOf('\t');
  const lead = cellStart < 0 ? before : before.slice(cellStart + 1);
  const trail = cellEnd < 0 ? after : after.slice(0, cellEnd);
  return /^[\s\u3000]*$/.test(lead) && /^[\s\u3000前底末]*$/.test(trail) && /\t/.test(before + after);
}

const MAX_ROW = 2000;

function rowAround(text: string, lines: readonly Line[], offset: number): { start: number; end: number } | null {
  const at = lineIndexAt(lines, offset);
  const line = lines[at]!;
  // A table row on one line is short; a long line is text (a flattened document), not a row.
  if (line.end - line.start > MAX_ROW) return null;
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

/**
 * What every target of one document shares: its due dates, found once, and the text index (the
 * sentence and clause breaks). Keyed by the candidate list, which is one per document.
 */
interface DocumentIndex {
  text: TextIndex;
  dues: TargetCandidate[];
  /** Framing due dates per section, for `framingSections`. */
  framing?: Map<Section | null, TargetCandidate[]>;
  framingSections?: readonly Section[];
}

const INDEXES = new WeakMap<readonly TargetCandidate[], DocumentIndex>();

function documentIndex(all: readonly TargetCandidate[], text: TextIndex): DocumentIndex {
  let index = INDEXES.get(all);
  if (!index || index.text !== text) {
    const dues = all.filter((d) => d.kind === 'date' && d.due && dueYear(d) !== null);
    index = { text, dues };
    INDEXES.set(all, index);
  }
  return index;
}

/** The span around `offset` up to the nearest break on each side, the closing break included. */
function spanAround(index: DocumentIndex, offset: number, kind: BreakKind): { start: number; end: number } {
  return indexSpanAround(index.text, offset, kind);
}

function chineseDigit(c: string): number {
  return '一二三四五六七八九'.indexOf(c) + 1;
}

/**
 * True when only blanks stand between `offset` and the text start, a clause break
 * (segment/textIndex.ts) or an outline marker (the marker index) lexed within 6 characters before.
 */
function opensSentence(index: TextIndex, offset: number): boolean {
  const { text } = index;
  let i = offset - 1;
  while (i >= 0 && /[ \t\u3000]/.test(text[i]!)) i--;
  if (i < 0 || endsSpan(text.charCodeAt(i), 'clause')) return true;
  return markersEndingAt(index.markers, i + 1, 6).some(isPlainOutlineMarker);
}

/** A date's due year: its year, or the last year of a period (`2023—2025年` → 2025). */
function dueYear(d: TargetCandidate): number | null {
  return d.year ?? d.max;
}

/**
 * A due date frames the clauses after it when it opens a clause (`到2024年底，…`,
 * `，2024年底前完成A改造，…`, `2024年新建…`), unless all its clause says is that what came
 * before is done by then (`建成3所，2024年底前完成。`).
 */
function framesClause(index: TextIndex, d: TargetCandidate): boolean {
  const { text } = index;
  const opens = opensSentence(index, d.start) || /[，,][\s\u3000]*$/.test(text.slice(Math.max(0, d.start - 2), d.start));
  return opens && !CLOSES_BACK.test(text.slice(d.end, d.end + 16));
}
