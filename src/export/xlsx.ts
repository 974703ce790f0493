import { createRequire } from 'node:module';
import type { Document } from '../schema/document.js';
import { FLAT_TABLES, TABLES, type Column } from '../schema/tables.js';
import { cellValue } from './cells.js';
import { TableRows } from './tables.js';

/**
 * Documents as one Excel workbook: a sheet per flat table (the CSV tables, same columns), the
 * header row frozen. Ids and text are string cells (a `6.20` or `p0401883535574200` stays text;
 * a string cell is never run as a formula, so no `'` is added and values are exact), numbers are
 * numeric cells, lists are joined with `；` as in CSV, null is an empty cell.
 *
 * Writer: write-excel-file (MIT, maintained, one dependency (fflate), runs on Node 20), loaded
 * only when xlsx is asked for. Not the `xlsx` package of the npm registry (SheetJS stopped
 * publishing there in 2022; its last version there has known vulnerabilities).
 */

/** Excel's limit on the characters of one cell; longer text is cut there (CSV and Parquet keep it whole). */
export const XLSX_CELL_LIMIT = 32_767;

// XML 1.0 cannot hold these; OOXML writes such a character as _xHHHH_, which Excel and openpyxl decode.
const XML_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A literal `_xHHHH_` in the text has its `_` written as `_x005F_` so readers do not decode it.
const xmlSafe = (text: string) =>
  text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(XML_INVALID, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

const FIXED_TIME = new Date(1980, 0, 1);

type SheetCell = { type: StringConstructor; value: string; fontWeight?: 'bold' } | { type: NumberConstructor; value: number } | null;

function cell(value: string | number | null): SheetCell {
  if (value === null) return null;
  if (typeof value === 'number') return { type: Number, value };
  return { type: String, value: xmlSafe(value.length > XLSX_CELL_LIMIT ? value.slice(0, XLSX_CELL_LIMIT) : value) };
}

/** The workbook of these documents (or of rows already gathered), as the bytes of an .xlsx file. */
export async function toXlsx(docs: Iterable<Document> | TableRows): Promise<Uint8Array> {
  const tables = docs instanceof TableRows ? docs : TableRows.of(docs);
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const sheets = FLAT_TABLES.map((table) => {
    const columns: readonly Column[] = TABLES[table];
    const header = columns.map((c) => ({ type: String, value: c.name, fontWeight: 'bold' as const }));
    const rows = tables.rows[table].map((row) => columns.map((c) => cell(cellValue(row[c.name], c))));
    return {
      data: [header, ...rows],
      sheet: table,
      stickyRowsCount: 1,
      columns: columns.map((c) => ({ width: c.kind === 'string' ? 24 : 10 })),
    };
  });
  // The library's types describe one sheet's data loosely; the shape above is its documented one.
  const file = writeExcelFile(sheets as never);
  const zipped = new Uint8Array(await (file as unknown as { toBuffer(): Promise<Buffer> }).toBuffer());
  // Zipped again: the library stamps every entry with the time of writing, and with one fixed
  // time the same documents always give the same bytes (as every other format does).
  // require, not import(): the bundled CLI runs as a vm script, where import() of an external needs a flag on Node 20.
  const { unzipSync, zipSync, strFromU8, strToU8 } = createRequire(import.meta.url)('fflate') as typeof import('fflate');
  const files = unzipSync(zipped);
  // An XML reader turns a raw CR (alone or before LF) into LF; as a character reference it stays.
  // The writer puts no CR in markup, so every raw CR is text.
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('.xml') && bytes.includes(0x0d)) files[name] = strToU8(strFromU8(bytes).replaceAll('\r', '&#13;'));
  }
  return zipSync(files, { level: 6, mtime: FIXED_TIME });
}
