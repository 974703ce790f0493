import { sectionPathAt } from './section.js';
import { isPlainOutlineMarker } from '../../segment/markers.js';
import { markersEndingAt } from '../../segment/markerIndex.js';
import { CLOSES_BACK, DUE_COLUMN, HEADING_DUE } from '../../lexicon/dueDates.js';
import { firstStartingAt, lastEndingAtOrBefore } from '../../search.js';
import type { Section } from '../../../schema/section.js';
import type { ContextStep, TargetCandidate } from '../candidate.js';
import { endsSpan, firstAtOrAfter, spanAround, type TextIndex } from '../../segment/textIndex.js';
import type { DocumentIndex } from '../../segment/index.js';
import { rowAround, tabCellAt } from '../../segment/cells.js';
import { tableCellAt } from '../../segment/tableLayout.js';

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
 * 4. table: the completion-time cell of its table row, else a cell of the row holding only a date
 *    (a row of the index's tables, else a tab-separated row: its line, or its block of one-cell lines).
 * Dates have no deadline, nor durations that are themselves the time frame (`5-10年内`).
 */
export function deadlineFor(target: TargetCandidate, doc: DeadlineDocument): Deadline {
  if (target.kind === 'date' || target.timeLimit) return NONE;
  const { text } = doc.index;
  // A rate or standard (`每户200元`, `补助标准不超过5000元`) is a parameter of a rule: only a
  // date in its own phrase makes it due; one framing the sentence or section does not.
  const standard = isStandard(target, doc.index);
  const sentence = spanAround(doc.index, target.start, standard ? 'phrase' : 'sentence');
  const clause = spanAround(doc.index, target.start, standard ? 'phrase' : 'clause');
  const before = lastDueBefore(doc, target.start, sentence.start, (d) => d.start >= clause.start || framesClause(doc.index, d));
  if (before) return found(before, 'clause');
  const after = duesWithin(doc, target.end, clause.end).find((d) => !framesClause(doc.index, d));
  if (after) return found(after, 'clause');
  if (standard) return NONE;
  const path = sectionPathAt(doc.sections, target.start);
  const sectionHere = path.at(-1) ?? null;
  const paragraph = paragraphFraming(doc, target, sectionHere);
  if (paragraph) return found(paragraph, 'paragraph');
  const framing = lastEndingBy(doc.framing.get(sectionHere) ?? [], target.start);
  if (framing) return found(framing, 'section');
  for (const section of [...path].reverse()) {
    const m = HEADING_DUE.exec(section.heading);
    if (m) return { year: m[3] ? 1981 + 5 * (10 + chineseDigit(m[3]) - 6) + 4 : Number(m[1] ?? m[2]), source: 'section' };
  }
  const rowYear = tableRowYear(target, doc) ?? tabRowYear(target, doc);
  if (rowYear !== null) return { year: rowYear, source: 'table' };
  return NONE;
}

/**
 * What every target of one document shares, found once by the deadline step: the text index and
 * sections, the candidates (in order), the due dates, per innermost section (null: outside any)
 * the due dates that frame the rest of its text, and the dates alone in a tab-separated cell.
 */
export interface DeadlineDocument {
  readonly index: DocumentIndex;
  readonly sections: readonly Section[];
  readonly candidates: readonly TargetCandidate[];
  readonly dues: readonly TargetCandidate[];
  readonly framing: ReadonlyMap<Section | null, readonly TargetCandidate[]>;
  readonly cellDates: readonly TargetCandidate[];
}

/** The shared state of one document's targets (`candidates` ordered by start). */
export function deadlineDocument(candidates: readonly TargetCandidate[], index: DocumentIndex, sections: readonly Section[]): DeadlineDocument {
  const dues = candidates.filter((d) => d.kind === 'date' && d.due && dueYear(d) !== null);
  const cellDates = candidates.filter((d) => d.kind === 'date' && d.year !== null && aloneInTabCell(index, d));
  return { index, sections, candidates, dues, framing: framingDues(index, dues, sections), cellDates };
}

/** deadline and deadlineSource: the first rule of `deadlineFor` that applies (clause, paragraph, section, table). */
export const deadlineStep: ContextStep = {
  name: 'deadline',
  apply(targets, candidates, ctx, structure) {
    const doc = deadlineDocument(candidates, ctx.index, structure.sections);
    for (let i = 0; i < targets.length; i++) {
      const due = deadlineFor(candidates[i]!, doc);
      targets[i]!.deadline = due.year;
      targets[i]!.deadlineSource = due.source;
    }
  },
};

function found(d: TargetCandidate, source: DeadlineSource): Deadline {
  return { year: dueYear(d), source };
}

/** The due dates lying within [start, end), in order: a binary search, as a big document has many. */
function duesWithin(doc: DeadlineDocument, start: number, end: number): TargetCandidate[] {
  const dues = doc.dues;
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
function lastDueBefore(doc: DeadlineDocument, offset: number, from: number, accept: (d: TargetCandidate) => boolean): TargetCandidate | undefined {
  const dues = doc.dues;
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
function framingDues(index: DocumentIndex, dues: readonly TargetCandidate[], sections: readonly Section[]): Map<Section | null, TargetCandidate[]> {
  const framing = new Map<Section | null, TargetCandidate[]>();
  for (const d of dues) {
    const section = sectionPathAt(sections, d.start).at(-1) ?? null;
    if (!((section !== null && opensSectionText(index, section, d)) || introducesList(index, d))) continue;
    const list = framing.get(section);
    if (list) list.push(d);
    else framing.set(section, [d]);
  }
  return framing;
}

/**
 * Rule 2: the due date that opens the target's paragraph (`到2025年，全面完成…。…完成…700台。`)
 * when no other due date stands between it and the target; undefined when the paragraph does
 * not open with one.
 */
function paragraphFraming(doc: DeadlineDocument, target: TargetCandidate, section: Section | null): TargetCandidate | undefined {
  const { text } = doc.index;
  const line = spanAround(doc.index, target.start, 'line');
  const start = section !== null && section.start > line.start && section.start <= target.start ? section.start : line.start;
  // Only the section's marker and heading may stand before the opening date.
  const opensBy = Math.min(target.start, start + 1 + (section?.marker.length ?? 0) + (section?.heading.length ?? 0) + 16);
  const first = duesWithin(doc, start, opensBy)[0];
  if (first === undefined || !setsFrame(doc.index, first) || !opensParagraph(doc.index, start, first, section)) return undefined;
  // Until another due date appears: that one governs its own clause only (rule 1).
  return lastDueBefore(doc, target.start, first.end, () => true) === undefined ? first : undefined;
}

/** Only blanks, markdown, or the section's marker and heading stand between `start` and the date. */
function opensParagraph(index: TextIndex, start: number, d: TargetCandidate, section: Section | null): boolean {
  if (section !== null && section.start === start) return opensSectionText(index, section, d);
  const { text } = index;
  // (a short label may stand first: `具体指标：到2022年，…`)
  return /^[\s\u3000*#>]*(?:[\u4e00-\u9fff]{2,8}[：:][\s\u3000]*)?$/u.test(text.slice(start, d.start));
}

/** True when only the section's marker and heading (and punctuation) stand before the date. */
function opensSectionText(index: TextIndex, section: Section, d: TargetCandidate): boolean {
  const { text } = index;
  if (d.start < section.start || d.start - section.start > section.marker.length + section.heading.length + 12) return false;
  let lead = text.slice(section.start, d.start).replace(/^[\s\u3000*#>]*/u, '');
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
function isStandard(target: TargetCandidate, index: DocumentIndex): boolean {
  if (target.kind !== 'money') return false;
  if (target.unit !== null && target.unit.includes('/')) return true;
  const phrase = spanAround(index, target.start, 'phrase');
  return index.text.slice(phrase.start, target.end + 4).includes('标准');
}

/** A framing date in a sentence that ends in `：` (`到2026年，主要目标如下：`): the list after it is due then. */
function introducesList(index: DocumentIndex, d: TargetCandidate): boolean {
  if (!setsFrame(index, d)) return false;
  const at = index.colons;
  const lo = firstAtOrAfter(at, d.end);
  if (lo === at.length) return false;
  return spanAround(index, d.start, 'sentence').end > at[lo]!;
}

/**
 * A target inside a cell of a table of the index takes the year of its row's completion-time
 * cell (`完成时限`: `2024年12月底前`), else of a due date in its row.
 */
function tableRowYear(target: TargetCandidate, doc: DeadlineDocument): number | null {
  const { index, candidates: all } = doc;
  const { text } = index;
  const held = tableCellAt(index, target.start, target.end);
  if (held === null) return null;
  const table = index.tables[held.table]!;
  const row = table.cellSpans[held.cell.row]!;
  const column = table.columns.findIndex((c) => DUE_COLUMN.test(c));
  const cell = column < 0 ? null : row[column];
  if (cell) {
    const date = candidatesWithin(all, cell.start, cell.end).find((d) => d.kind === 'date' && dueYear(d) !== null);
    if (date) return dueYear(date);
    const year = /((?:19|20)\d{2})\s*年/.exec(text.slice(cell.start, cell.end));
    if (year) return Number(year[1]);
  }
  // No completion-time column: a cell of the row that holds only a date (`2024年底前`).
  const cells = row.filter((c): c is { start: number; end: number } => c !== null);
  const date = cells.flatMap((c) => candidatesWithin(all, c.start, c.end)).find((d) => d.kind === 'date' && dueYear(d) !== null && cells.some((c) => holdsOnly(text, c, d)));
  return date ? dueYear(date) : null;
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
 * A target in a tab-separated row the index knows (its line, or its block of one-cell lines)
 * takes the year of the first date of the row alone in its cell: the row's completion time.
 */
function tabRowYear(target: TargetCandidate, doc: DeadlineDocument): number | null {
  const row = rowAround(doc.index, target.start);
  if (row === null) return null;
  const dates = doc.cellDates;
  for (let k = firstStartingAt(dates, row.start); k < dates.length && dates[k]!.start < row.end; k++) if (dates[k]!.end <= row.end) return dates[k]!.year;
  return null;
}

/** A date alone in a cell of a line with tabs (`\t2022年\t`, `\t2023年底`): blanks before it, blanks or 前底末 after. */
function aloneInTabCell(index: DocumentIndex, d: TargetCandidate): boolean {
  const first = tabCellAt(index, d.start);
  const last = tabCellAt(index, d.end);
  if (first.column === 0 && last.column === last.columns - 1) return false;
  return only(index.text, first.start, d.start, /[\s\u3000]/) && only(index.text, d.end, last.end, /[\s\u3000前底末]/);
}

/** True when `allowed` matches every character of text[from, to): it stops at the first other one. */
function only(text: string, from: number, to: number, allowed: RegExp): boolean {
  for (let i = from; i < to; i++) if (!allowed.test(text[i]!)) return false;
  return true;
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
  const opens = opensSentence(index, d.start) || /[，,：:][\s\u3000]*$/.test(text.slice(Math.max(0, d.start - 2), d.start));
  return opens && !CLOSES_BACK.test(text.slice(d.end, d.end + 16));
}
