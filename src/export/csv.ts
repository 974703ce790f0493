import { stringify, type Options } from 'csv-stringify/sync';
import type { Document } from '../schema/document.js';
import { TABLES, type Column, type FlatTable } from '../schema/tables.js';
import { tableRows, type Row } from './records.js';
import { cellValue, LIST_SEPARATOR } from './cells.js';

/**
 * CSV views of documents, RFC 4180: one table per entity (columns from `schema/tables.ts`),
 * joined on `docId`. Records end in CRLF; a field holding a quote, a comma, CR or LF is quoted
 * (csv-stringify stops quoting bare CR/LF once `record_delimiter` is set, unless
 * `quote_record_delimiter` is turned back on). Text that a spreadsheet would run as a formula
 * (leading `=`, `+`, `-`, `@`, tab, CR, or their full-width forms) gets a leading `'`
 * (csv-stringify's `escape_formulas`), and text that already starts with `'` gets one more, so
 * a reader gets the value back by dropping one leading `'` from any text cell that has one.
 * Numbers are written as numbers (a negative value is not escaped), booleans `true`/`false`,
 * null as an empty cell, lists joined with `；`.
 */

export { CSV_TABLES, type CsvTable } from './formats.js';
export const CSV_LIST_SEPARATOR = LIST_SEPARATOR;
const UTF8_BOM = '\uFEFF';

const CSV_OPTIONS: Options = {
  record_delimiter: '\r\n',
  quote_record_delimiter: true,
  escape_formulas: true,
  // Runs before escape_formulas: a text starting with ' gets a second one, so "drop one leading '" is exact.
  cast: { string: (value) => (value.startsWith("'") ? `'${value}` : value) },
};

/** Column names of each table, in order (from the one vocabulary in `schema/tables.ts`). */
export const CSV_COLUMNS = Object.fromEntries(
  Object.entries(TABLES).map(([table, columns]) => [table, columns.map((c: Column) => c.name)]),
) as unknown as Record<FlatTable, readonly string[]>;

/** The rows one document contributes to a table, keyed by column name (for tests and library users). */
export function csvRecords(doc: Document, table: FlatTable): Row[] {
  return tableRows(doc, table);
}

export interface CsvOptions {
  /** Start with a UTF-8 BOM so Excel opens the file as UTF-8. Default true. */
  bom?: boolean;
  /** Write the header row. Default true. */
  header?: boolean;
}

/** The rows of one table for one document, as CSV records without header or BOM. */
export function documentToCsvRows(doc: Document, table: FlatTable): string {
  const columns: readonly Column[] = TABLES[table];
  const rows = tableRows(doc, table).map((row) => columns.map((c) => cellValue(row[c.name], c)));
  return rows.length ? stringify(rows, CSV_OPTIONS) : '';
}

/** BOM (unless turned off) and header row of a table. */
export function csvPreamble(table: FlatTable, options: CsvOptions = {}): string {
  const bom = options.bom ?? true ? UTF8_BOM : '';
  const header = options.header ?? true ? stringify([[...CSV_COLUMNS[table]]], CSV_OPTIONS) : '';
  return bom + header;
}

/** Documents as one CSV table. */
export function toCsv(docs: Iterable<Document>, table: FlatTable, options: CsvOptions = {}): string {
  let out = csvPreamble(table, options);
  for (const doc of docs) out += documentToCsvRows(doc, table);
  return out;
}

/** The inverse of the formula escape, for readers: drop one leading `'` of a text cell. */
export function unescapeCsvText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
