import { stringify } from 'csv-stringify/sync';
import type { Document } from '../schema/document.js';
import { documentCounts, flatSections, type FlatSection } from './records.js';
import { CSV_TABLES, type CsvTable } from './formats.js';

/**
 * CSV views of documents: one table per entity, joined on `docId` (and `sectionId`).
 * Arrays are joined with `；` (a full-width semicolon never used inside a unit name or title
 * list item), booleans are `true`/`false`, null is an empty cell.
 */

export { CSV_TABLES, type CsvTable } from './formats.js';

export const CSV_LIST_SEPARATOR = '；';
const UTF8_BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

/** The rows one document contributes to a table; keys are the column names, in order. */
const ROWS: Record<CsvTable, (doc: Document) => Row[]> = {
  documents: (doc) => [
    {
      docId: doc.docId,
      path: doc.source.path,
      sha256: doc.source.sha256,
      encoding: doc.source.encoding,
      chars: doc.source.chars,
      title: doc.meta.title,
      docNumber: doc.meta.docNumber,
      issuer: doc.meta.issuer,
      issueDate: doc.meta.issueDate,
      recipients: doc.meta.recipients.join(CSV_LIST_SEPARATOR),
      draft: doc.meta.draft,
      periodStart: doc.meta.period?.start,
      periodEnd: doc.meta.period?.end,
      basis: doc.meta.basis.map((b) => (b.docNumber ? `${b.title}（${b.docNumber}）` : b.title)).join(CSV_LIST_SEPARATOR),
      ...documentCounts(doc),
    },
  ],
  sections: (doc) =>
    flatSections(doc.sections).map((s: FlatSection) => ({
      docId: doc.docId,
      sectionId: s.id,
      parentId: s.parentId,
      level: s.level,
      marker: s.marker,
      number: s.number,
      heading: s.heading,
      start: s.start,
      end: s.end,
      text: s.text,
    })),
  targets: (doc) => {
    const headings = headingsById(doc);
    return doc.targets.map((t) => ({
      docId: doc.docId,
      sectionId: t.sectionId,
      heading: t.sectionId ? headings.get(t.sectionId) : null,
      kind: t.kind,
      text: t.text,
      value: t.value,
      min: t.min,
      max: t.max,
      unit: t.unit,
      comparator: t.comparator,
      year: t.year,
      month: t.month,
      day: t.day,
      indicator: t.indicator,
      deadline: t.deadline,
      start: t.start,
      end: t.end,
    }));
  },
  // One row per unit of each list, so a filter on `unit` shows every list it is named in.
  responsibilities: (doc) => {
    const headings = headingsById(doc);
    return doc.responsibilities.flatMap((r, list) =>
      r.units.map((u) => ({
        docId: doc.docId,
        list,
        sectionId: r.sectionId,
        heading: r.sectionId ? headings.get(r.sectionId) : null,
        table: r.table,
        row: r.row,
        unit: u.name,
        role: u.role,
        raw: r.raw,
        start: r.start,
        end: r.end,
      })),
    );
  },
  // One row per (unit, role, list): the narrow view a pivot table counts per department.
  units: (doc) =>
    doc.responsibilities.flatMap((r, list) =>
      r.units.map((u) => ({
        docId: doc.docId,
        sectionId: r.sectionId,
        table: r.table,
        row: r.row,
        list,
        unit: u.name,
        role: u.role,
        raw: r.raw,
      })),
    ),
  notes: (doc) =>
    doc.notes.map((n, index) => ({
      docId: doc.docId,
      index,
      marker: n.marker,
      term: n.term,
      text: n.text,
      start: n.start,
      end: n.end,
    })),
  // Attachment tables in long form (one row per cell): tables differ in columns, so a wide
  // layout would not share one header.
  cells: (doc) =>
    doc.tables.flatMap((t, table) =>
      t.rows.flatMap((cells, row) =>
        cells.map((value, column) => ({
          docId: doc.docId,
          table,
          title: t.title,
          row,
          column,
          columnName: t.columns[column] ?? null,
          value,
          start: t.cellSpans[row]?.[column]?.start,
          end: t.cellSpans[row]?.[column]?.end,
        })),
      ),
    ),
  diagnostics: (doc) =>
    doc.warnings.map((w) => ({ docId: doc.docId, severity: 'warning', code: w.code, message: w.message, start: w.start })),
};

/**
 * Column names of each table, in order: fixed whatever the documents hold, so an empty table
 * still gets its header. A test checks that every row has exactly these keys.
 */
export const CSV_COLUMNS: Record<CsvTable, readonly string[]> = {
  documents: [
    'docId', 'path', 'sha256', 'encoding', 'chars', 'title', 'docNumber', 'issuer', 'issueDate', 'recipients', 'draft',
    'periodStart', 'periodEnd', 'basis', 'sections', 'targets', 'responsibilities', 'units', 'tables', 'notes', 'warnings',
  ],
  sections: ['docId', 'sectionId', 'parentId', 'level', 'marker', 'number', 'heading', 'start', 'end', 'text'],
  targets: [
    'docId', 'sectionId', 'heading', 'kind', 'text', 'value', 'min', 'max', 'unit', 'comparator', 'year', 'month', 'day',
    'indicator', 'deadline', 'start', 'end',
  ],
  responsibilities: ['docId', 'list', 'sectionId', 'heading', 'table', 'row', 'unit', 'role', 'raw', 'start', 'end'],
  units: ['docId', 'sectionId', 'table', 'row', 'list', 'unit', 'role', 'raw'],
  notes: ['docId', 'index', 'marker', 'term', 'text', 'start', 'end'],
  cells: ['docId', 'table', 'title', 'row', 'column', 'columnName', 'value', 'start', 'end'],
  diagnostics: ['docId', 'severity', 'code', 'message', 'start'],
};

/** The rows one document contributes to a table, keyed by column name (for tests and library users). */
export function csvRecords(doc: Document, table: CsvTable): Row[] {
  return ROWS[table](doc);
}

function headingsById(doc: Document): Map<string, string> {
  return new Map(flatSections(doc.sections).map((s) => [s.id, s.heading]));
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

export interface CsvOptions {
  /** Start with a UTF-8 BOM so Excel opens the file as UTF-8. Default true. */
  bom?: boolean;
  /** Write the header row. Default true. */
  header?: boolean;
}

/** The rows of one table for one document, as CSV lines without header or BOM. */
export function documentToCsvRows(doc: Document, table: CsvTable): string {
  const columns = CSV_COLUMNS[table];
  const rows = ROWS[table](doc).map((row) => columns.map((c) => cellText(row[c])));
  return rows.length ? stringify(rows, { record_delimiter: '\r\n' }) : '';
}

/** BOM (unless turned off) and header row of a table. */
export function csvPreamble(table: CsvTable, options: CsvOptions = {}): string {
  const bom = options.bom ?? true ? UTF8_BOM : '';
  const header = options.header ?? true ? stringify([CSV_COLUMNS[table] as string[]], { record_delimiter: '\r\n' }) : '';
  return bom + header;
}

/** Documents as one CSV table. */
export function toCsv(docs: Iterable<Document>, table: CsvTable, options: CsvOptions = {}): string {
  let out = csvPreamble(table, options);
  for (const doc of docs) out += documentToCsvRows(doc, table);
  return out;
}

