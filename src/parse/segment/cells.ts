// The tab-separated cells of every line, found once: what a web page's or a Word file's table
// becomes in text (one row a line, cells tab-separated) or a copy of it with one cell a line.
// Body tables are read from the runs of lines holding cells, a target's deadline from the row
// around it: neither splits a line again.
import { lowerBound, partitionPoint } from '../search.js';
import type { Line } from './lines.js';
import { BLANK, trimSpan, type Span } from './spans.js';
import { lineIndexAt, type TextIndex } from './textIndex.js';

/** Lines `first` to `last` (indices, both included). */
export interface LineRun {
  first: number;
  last: number;
}

export interface TabCells {
  /** The lines holding a tab, ascending. A line without one is one cell, the line. */
  readonly tabbedLines: readonly number[];
  /**
   * Their cells, the spans between tabs (blanks kept), in order: line `tabbedLines[j]`'s are
   * `cells[firstCell[j]]` up to `cells[firstCell[j + 1]]`.
   */
  readonly cells: readonly Span[];
  readonly firstCell: readonly number[];
  /**
   * Body-table regions: runs of two or more non-blank lines (blank lines between them skipped)
   * that each hold two or more non-empty cells. One such line alone is an indented paragraph.
   */
  readonly cellRuns: readonly LineRun[];
  /** Lines that are a row of cells: a cell between two tabs opens with text. Ascending. */
  readonly rowLines: readonly number[];
  /**
   * Blocks of cells written one a line: the run of non-blank lines around a line opening with a
   * tab that is no row itself (rows are separated by blank lines). Ascending, disjoint.
   */
  readonly tabBlocks: readonly LineRun[];
}

/** The text, its lines and their cells: what the queries below need of the index. */
export type CellText = TextIndex & { readonly cells: TabCells };

/** A table row on one line is short: a longer line is text (a flattened document), not a row. */
const MAX_ROW_LENGTH = 2000;

const TAB = 0x09;

/** The cells of every line of the indexed text: one pass over its tabs and lines. */
export function indexCells(index: TextIndex): TabCells {
  const { text, lines } = index;
  const tabbedLines: number[] = [];
  const cells: Span[] = [];
  const firstCell: number[] = [];
  const cellRuns: LineRun[] = [];
  const rowLines: number[] = [];
  const tabBlocks: LineRun[] = [];
  let tab = text.indexOf('\t');
  let run: LineRun | null = null; // the cell run going on
  let block: LineRun | null = null; // the tab block going on
  let nonBlankFrom = -1; // the first line of the non-blank lines going on
  for (const line of lines) {
    const first = cells.length; // the line's cells are cells[first…]
    if (tab >= 0 && tab < line.end) {
      tabbedLines.push(line.index);
      firstCell.push(first);
      let start = line.start;
      for (; tab >= 0 && tab < line.end; tab = text.indexOf('\t', start)) {
        cells.push({ start, end: tab });
        start = tab + 1;
      }
      cells.push({ start, end: line.end });
    }
    if (isBlank(text, line)) {
      nonBlankFrom = -1;
      block = null;
      continue; // (a cell run goes on over blank lines)
    }
    if (nonBlankFrom < 0) nonBlankFrom = line.index;
    if (block) block.last = line.index;
    if (holdsTwoCells(text, cells, first)) {
      if (run) run.last = line.index;
      else cellRuns.push((run = { first: line.index, last: line.index }));
    } else {
      run = null;
    }
    if (isRowLine(text, line, cells, first)) rowLines.push(line.index);
    else if (!block && leadsWithTab(text, line)) tabBlocks.push((block = { first: nonBlankFrom, last: line.index }));
  }
  firstCell.push(cells.length);
  return { tabbedLines, cells, firstCell, cellRuns: cellRuns.filter((r) => r.last > r.first), rowLines, tabBlocks };
}

/** Only blanks in the span (none: it stops at the first other character). */
function isBlank(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (!BLANK.test(text[i])) return false;
  return true;
}

/** Two or more of the cells from `first` on are not blank (none when the line has no tab). */
function holdsTwoCells(text: string, cells: readonly Span[], first: number): boolean {
  let filled = 0;
  for (let i = first; i < cells.length && filled < 2; i++) if (!isBlank(text, cells[i])) filled++;
  return filled >= 2;
}

/** A short line with a cell between two tabs that opens with text (`1\t培训…\t市人社局\t2022年`); its cells are from `first` on. */
function isRowLine(text: string, line: Line, cells: readonly Span[], first: number): boolean {
  if (line.end - line.start > MAX_ROW_LENGTH) return false;
  for (let i = first + 1; i + 1 < cells.length; i++) if (cells[i].start < cells[i].end && !BLANK.test(text[cells[i].start])) return true;
  return false;
}

/** A short line opening with a tab: a cell of a row written one cell a line. */
const leadsWithTab = (text: string, line: Line): boolean => line.end - line.start <= MAX_ROW_LENGTH && text.charCodeAt(line.start) === TAB;

/** The cells of line `k`, `list[from]` up to `list[to]`: the index's when it holds a tab, else the line. */
function cellRange(index: CellText, k: number): { list: readonly Span[]; from: number; to: number } {
  const { tabbedLines, cells, firstCell } = index.cells;
  const j = lowerBound(tabbedLines, k);
  if (tabbedLines[j] === k) return { list: cells, from: firstCell[j], to: firstCell[j + 1] };
  return { list: [{ start: index.lines[k].start, end: index.lines[k].end }], from: 0, to: 1 };
}

/** The cells of line `k`: the spans between its tabs, blanks kept (the line itself when it has none). */
export function lineCells(index: CellText, k: number): Span[] {
  const { list, from, to } = cellRange(index, k);
  return list.slice(from, to);
}

/** A cell of a line and where it stands among the line's cells. */
export interface TabCell extends Span {
  /** Its position on the line (0: before the first tab). */
  column: number;
  /** How many cells the line has (its tabs + 1). */
  columns: number;
}

/**
 * The cell holding `offset`. An offset on a tab (or the line break) belongs to the cell the tab
 * ends, as the end of a span in that cell stands there.
 */
export function tabCellAt(index: CellText, offset: number): TabCell {
  const { list, from, to } = cellRange(index, lineIndexAt(index.lines, offset));
  const at = Math.min(to - 1, from + partitionPoint(to - from, (i) => list[from + i].end < offset));
  return { start: list[at].start, end: list[at].end, column: at - from, columns: to - from };
}

/**
 * The cells of line `k` within [from, to), clipped to it: what splitting that slice of the line
 * at its tabs gives (an empty slice is one empty cell).
 */
export function lineCellsWithin(index: CellText, k: number, from: number, to: number): Span[] {
  const { list, from: first, to: last } = cellRange(index, k);
  const out: Span[] = [];
  for (let i = first + partitionPoint(last - first, (i) => list[first + i].end < from); i < last && list[i].start <= to; i++) {
    out.push({ start: Math.max(list[i].start, from), end: Math.min(list[i].end, to) });
  }
  return out;
}

/** The lines of [from, to), each clipped to it (`line`: its index), from the line holding `from` on. */
export function linesWithin(index: TextIndex, from: number, to: number): Array<Span & { line: number }> {
  const { lines } = index;
  const out: Array<Span & { line: number }> = [];
  for (let k = lineIndexAt(lines, from); k < lines.length; k++) {
    const start = Math.max(lines[k].start, from);
    if (start >= to) break;
    out.push({ line: k, start, end: Math.min(lines[k].end, to) });
  }
  return out;
}

/** Non-blank lines of [from, to), each trimmed of blanks (offsets stay absolute): cells written one a line. */
export function lineSpansWithin(index: TextIndex, from: number, to: number): Span[] {
  return linesWithin(index, from, to)
    .map((line) => trimSpan(index.text, line.start, line.end))
    .filter((span) => span.start < span.end);
}

/**
 * The row of cells around `offset`: its line when that line is a row of cells, else the block
 * of one-cell lines its tab-led line belongs to; null outside both.
 */
export function rowAround(index: CellText, offset: number): Span | null {
  const { lines, text } = index;
  const { rowLines, tabBlocks } = index.cells;
  const k = lineIndexAt(lines, offset);
  if (rowLines[lowerBound(rowLines, k)] === k) return { start: lines[k].start, end: lines[k].end };
  if (!leadsWithTab(text, lines[k])) return null;
  const block = tabBlocks[partitionPoint(tabBlocks.length, (i) => tabBlocks[i].first <= k) - 1];
  // (a blank line belongs to no block)
  return block && k <= block.last ? { start: lines[block.first].start, end: lines[block.last].end } : null;
}
