import { sectionPathAt } from '../../structure/tree.js';
import type { Section } from '../../../schema/section.js';
import type { Table } from '../../../schema/table.js';
import type { TargetCandidate } from '../candidate.js';
import type { Line } from '../../segment/lines.js';

/**
 * A due year stated in a heading: `到2025年`, `2023年底前`, `“十四五”末`, or a heading that is a
 * year plan (`2023年目标`). Not the end of a stage written with months (`2024年5月至2025年12月`).
 */
const HEADING_DUE = /(?<![月日])(?:到|至|截至)\s*((?:19|20)\d{2})\s*年(?!\s*[0-9０-９]{1,2}\s*月)|((?:19|20)\d{2})\s*年\s*(?:底|末|前|目标|任务)|十([一二三四五六七八九])五[”"]?(?:期末|末)/u;

/** A column holding each row's completion time (`完成时限`, `时间节点`, `完成期限`). */
const DUE_COLUMN = /时限|期限|时间|时序|进度/;

/**
 * The year by which a target is due, in order of closeness:
 * 1. a due date (`到2025年`, `2023年底`, `2024年新建…`, a period `2023—2025年` opening the
 *    sentence) earlier in the same clause (up to `；`), or one framing an earlier clause of the
 *    sentence (`到2024年底，A…；B…`: it carries over `；` and `，`, never over `。`);
 * 2. a due date later in the same clause that closes it (`建成3所，2024年底前完成`); one that
 *    frames what follows it (`…1家，到2024年底，…60%`, `…，2024年底前完成A改造，…`) does not reach back;
 * 3. a due date that opens its section's own text (`（二）工作目标。到2026年，…`) or a sentence
 *    introducing a list (`到2026年，主要目标如下：`): it frames the rest of that section's text;
 * 4. the completion-time cell of its table row;
 * 5. the heading of its section or of a parent.
 * Dates have no deadline, nor durations that are themselves the time frame (`5-10年内`).
 */
export function deadlineFor(
  target: TargetCandidate,
  all: readonly TargetCandidate[],
  text: string,
  lines: readonly Line[],
  sections: readonly Section[],
  tables: readonly Table[] = [],
): number | null {
  if (target.kind === 'date' || target.timeLimit) return null;
  const index = documentIndex(all, text);
  const dues = index.dues;
  // A rate or standard (`每户200元`, `补助标准不超过5000元`) is a parameter of a rule: only a
  // date in its own phrase makes it due; one framing the sentence or section does not.
  const standard = isStandard(target, text, index);
  const sentence = spanAround(index, target.start, standard ? 'phrase' : 'sentence');
  const clause = spanAround(index, target.start, standard ? 'phrase' : 'clause');
  const inSentence = dues.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const before = inSentence.filter((d) => d.end <= target.start && (d.start >= clause.start || framesClause(text, d)));
  if (before.length > 0) return dueYear(before[before.length - 1]!);
  const after = inSentence.find((d) => d.start >= target.end && d.end <= clause.end && !framesClause(text, d));
  if (after) return dueYear(after);
  if (standard) return null;
  const sectionHere = sectionPathAt(sections, target.start).at(-1) ?? null;
  const framing = dues.filter(
    (d) =>
      d.end <= target.start &&
      (sectionPathAt(sections, d.start).at(-1) ?? null) === sectionHere &&
      ((sectionHere !== null && opensSectionText(text, sectionHere, d)) || introducesList(index, text, d)),
  );
  if (framing.length > 0) return dueYear(framing[framing.length - 1]!);
  const rowYear = tableRowYear(target, all, text, tables) ?? tableRowDeadline(target, all, text, lines);
  if (rowYear !== null) return rowYear;
  for (const section of sectionPathAt(sections, target.start).reverse()) {
    const m = HEADING_DUE.exec(section.heading);
    if (m) return m[3] ? 1981 + 5 * (10 + chineseDigit(m[3]) - 6) + 4 : Number(m[1] ?? m[2]);
  }
  return null;
}

/** True when only the section's marker and heading (and punctuation) stand before the date. */
function opensSectionText(text: string, section: Section, d: TargetCandidate): boolean {
  if (d.start < section.start || d.start - section.start > section.marker.length + section.heading.length + 12) return false;
  let lead = text.slice(section.start, d.start).replace(/^[\s\u3000*#>]*/u, '');
  if (lead.startsWith(section.marker)) lead = lead.slice(section.marker.length);
  lead = lead.replace(/^[\s\u3000*]*/u, '');
  if (section.heading && lead.startsWith(section.heading)) lead = lead.slice(section.heading.length);
  return /^[\s\u3000。．.：:*]*$/u.test(lead) && setsFrame(text, d);
}

/**
 * `到2026年，…`, `2023年，…`: a date set off by a comma frames what follows; one run into its
 * verb (`2024年9月底前完成…`) states the due time of its own sentence only.
 */
function setsFrame(text: string, d: TargetCandidate): boolean {
  return framesClause(text, d) && /^[\s\u3000]*[，,]/u.test(text.slice(d.end, d.end + 3));
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
  if (!setsFrame(text, d)) return false;
  const at = index.colons;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < d.end) lo = mid + 1;
    else hi = mid;
  }
  if (lo === at.length) return false;
  return spanAround(index, d.start, 'sentence').end > at[lo]!;
}

/**
 * A target inside a cell of an attachment table takes the year of its row's completion-time
 * cell (`完成时限`: `2024年12月底前`).
 */
function tableRowYear(target: TargetCandidate, all: readonly TargetCandidate[], text: string, tables: readonly Table[]): number | null {
  for (const table of tables) {
    if (target.start < table.start || target.start >= table.end) continue;
    const column = table.columns.findIndex((c) => DUE_COLUMN.test(c));
    if (column < 0) return null;
    const row = table.cellSpans.find((cells) => cells.some((c) => c !== null && c.start <= target.start && target.end <= c.end));
    const cell = row?.[column];
    if (!cell) return null;
    const date = all.find((d) => d.kind === 'date' && d.start >= cell.start && d.end <= cell.end && dueYear(d) !== null);
    if (date) return dueYear(date);
    const year = /((?:19|20)\d{2})\s*年/.exec(text.slice(cell.start, cell.end));
    return year ? Number(year[1]) : null;
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
  /** Ascending offsets of `：` and `:`. */
  colons: number[];
}

/** Sentence: `。！？!?` or a line break; clause: those and `；;`; phrase: those and `，,`; line: `\n`, `\r`. */
type BreakKind = 'sentence' | 'clause' | 'phrase' | 'line';

const INDEXES = new WeakMap<readonly TargetCandidate[], DocumentIndex>();

function documentIndex(all: readonly TargetCandidate[], text: string): DocumentIndex {
  let index = INDEXES.get(all);
  if (!index || index.text !== text) {
    const dues = all.filter((d) => d.kind === 'date' && d.due && dueYear(d) !== null);
    const colons: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xff1a || c === 0x3a) colons.push(i);
    }
    index = { text, dues, breaks: breakOffsets(text), colons };
    INDEXES.set(all, index);
  }
  return index;
}

function breakOffsets(text: string): Record<BreakKind, number[]> {
  const breaks: Record<BreakKind, number[]> = { sentence: [], clause: [], phrase: [], line: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      breaks.line.push(i);
      breaks.sentence.push(i);
      breaks.clause.push(i);
      breaks.phrase.push(i);
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      breaks.sentence.push(i);
      breaks.clause.push(i);
      breaks.phrase.push(i);
    } else if (c === 0xff1b || c === 0x3b) {
      breaks.clause.push(i);
      breaks.phrase.push(i);
    } else if (c === 0xff0c || c === 0x2c) {
      breaks.phrase.push(i);
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
 * A due date frames the clauses after it when it opens a clause (`到2024年底，…`,
 * `，2024年底前完成A改造，…`, `2024年新建…`), unless all its clause says is that what came
 * before is done by then (`建成3所，2024年底前完成。`).
 */
function framesClause(text: string, d: TargetCandidate): boolean {
  const opens = opensSentence(text, d.start) || /[，,][\s\u3000]*$/.test(text.slice(Math.max(0, d.start - 2), d.start));
  return opens && !CLOSES_BACK.test(text.slice(d.end, d.end + 16));
}

/** The rest of a clause that only says the work before it is completed by the date. */
const CLOSES_BACK = /^[\s\u3000]*(?:前|内)?(?:全部|基本|全面|如期|要|须|必须)?(?:完成|建成|完工|到位|实现|落实|投用|投入使用|见效)(?:任务|目标|建设|改造)?(?:[。；;，,！!\n\r]|$)/u;
