// The tables of the index: every line's tab-separated cells (cells.ts), the document's tables read
// from them once (the body's, then the attachments': tables.ts), and the cell holding an offset,
// so that a stage finds a target's table, row and cell by binary search instead of walking rows.
import type { Table } from '../../schema/table.js';
import { lastStartingAtOrBefore } from '../search.js';
import { indexCells, type TabCells } from './cells.js';
import type { Layout } from './layout.js';
import { extractBodyTables, extractTables } from './tables.js';
import type { TextIndex } from './textIndex.js';

/** A cell of a table: its span, and the first row (and its column) it fills. */
export interface TableCell {
  start: number;
  end: number;
  row: number;
  column: number;
}

export interface TableLayout {
  /** Every line's tab-separated cells; the runs and blocks of lines holding them. */
  readonly cells: TabCells;
  /** The tables of the body, then those of the attachments: in text order, disjoint. */
  readonly tables: readonly Table[];
  /** Per table, its distinct cells by start (disjoint: a merged cell is one span). */
  readonly tableCells: ReadonlyArray<readonly TableCell[]>;
}

/** The cells of the indexed text and the tables they hold: body tables before the attachments, then the attachment tables. */
export function findTables(index: TextIndex, layout: Pick<Layout, 'paragraphs' | 'tail'>): TableLayout {
  const cells = indexCells(index);
  const withCells = { ...index, cells };
  const { paragraphs, tail } = layout;
  const attachmentsAt = tail.attachment === null ? index.text.length : paragraphs[tail.attachment].start;
  const tables = [...extractBodyTables(withCells, paragraphs, attachmentsAt), ...extractTables(withCells, paragraphs, tail.attachment)];
  return { cells, tables, tableCells: tables.map(cellsByStart) };
}

/** A table's cells by start, each once: where a merged cell repeats, its first row. */
function cellsByStart(table: Table): TableCell[] {
  const all: TableCell[] = [];
  table.cellSpans.forEach((row, r) => row.forEach((c, column) => c && all.push({ start: c.start, end: c.end, row: r, column })));
  // A stable sort: of the same span, the first row stays first.
  all.sort((a, b) => a.start - b.start);
  return all.filter((c, i) => i === 0 || c.start !== all[i - 1].start);
}

/** Index of the table holding `offset`, -1 when none. */
export function tableAt(index: TableLayout, offset: number): number {
  const t = lastStartingAtOrBefore(index.tables, offset);
  return t >= 0 && offset < index.tables[t].end ? t : -1;
}

/** The table holding `start` and its cell holding [start, end) (with the first row it fills); null when none. */
export function tableCellAt(index: TableLayout, start: number, end: number): { table: number; cell: TableCell } | null {
  const table = tableAt(index, start);
  if (table < 0) return null;
  const cells = index.tableCells[table];
  const cell = cells[lastStartingAtOrBefore(cells, start)];
  return cell && end <= cell.end ? { table, cell } : null;
}
