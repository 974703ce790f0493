import type { Document } from '../schema/document.js';
import type { Section } from '../schema/section.js';
import { NDJSON_TYPES, TABLES, type TableName } from '../schema/tables.js';

/**
 * A Document as the rows of the flat tables of `schema/tables.ts`, each row carrying `docId` so
 * a corpus of them concatenates and joins. Every format writes these rows: NDJSON as they are
 * (with `type`), CSV / XLSX / Parquet one table each. Keys are exactly the table's columns.
 */

/** A section without its children, with the id of its parent (null at the top level). */
export interface FlatSection extends Omit<Section, 'children'> {
  parentId: string | null;
}

/** Pre-order walk of the outline, parents before children. */
export function flatSections(sections: readonly Section[], parentId: string | null = null, out: FlatSection[] = []): FlatSection[] {
  for (const { children, ...section } of sections) {
    out.push({ ...section, parentId });
    flatSections(children, section.id, out);
  }
  return out;
}

/** Counts shown on the document row and in summaries. */
export function documentCounts(doc: Document, flat: readonly FlatSection[] = flatSections(doc.sections)) {
  return {
    sectionCount: flat.length,
    targetCount: doc.targets.length,
    responsibilityCount: doc.responsibilities.length,
    unitCount: doc.units.length,
    tableCount: doc.tables.length,
    noteCount: doc.notes.length,
    warningCount: doc.warnings.length,
  };
}

export type RowValue = string | number | boolean | null | readonly string[] | readonly (Record<string, string | number | null> | null)[];
export type Row = Record<string, RowValue>;

/** The rows one document contributes to a table. */
export function tableRows(doc: Document, table: TableName): Row[] {
  return documentTables(doc)(table);
}

/**
 * The rows of each table of one document; the outline is walked once however many tables are
 * asked for (NDJSON and the table formats ask for all of them).
 */
export function documentTables(doc: Document): (table: TableName) => Row[] {
  let flat: FlatSection[] | undefined;
  let headingMap: Map<string, string> | undefined;
  const sections = () => (flat ??= flatSections(doc.sections));
  const headings = () => (headingMap ??= new Map(sections().map((s) => [s.id, s.heading])));
  return (table) => rowsOf(doc, table, sections, headings);
}

function rowsOf(doc: Document, table: TableName, flatOf: () => FlatSection[], headingsOf: () => Map<string, string>): Row[] {
  const { docId } = doc;
  switch (table) {
    case 'documents':
      return [
        {
          docId,
          schemaVersion: doc.schemaVersion,
          path: doc.source.path,
          sha256: doc.source.sha256,
          encoding: doc.source.encoding,
          chars: doc.source.chars,
          offsetUnit: doc.source.offsetUnit,
          format: doc.source.format ?? null,
          title: doc.meta.title,
          docNumber: doc.meta.docNumber,
          issuer: doc.meta.issuer,
          issueDate: doc.meta.issueDate,
          recipients: doc.meta.recipients,
          draft: doc.meta.draft,
          periodStart: doc.meta.period?.start ?? null,
          periodEnd: doc.meta.period?.end ?? null,
          basis: doc.meta.basis.map((b) => ({ title: b.title, docNumber: b.docNumber })),
          ...documentCounts(doc, flatOf()),
        },
      ];
    case 'sections':
      return flatOf().map((s) => ({
        docId, id: s.id, parentId: s.parentId, level: s.level, marker: s.marker, number: s.number, heading: s.heading,
        start: s.start, end: s.end, text: s.text,
      }));
    case 'targets': {
      const headings = headingsOf();
      return doc.targets.map((t, index) => ({
        docId, index, sectionId: t.sectionId, heading: t.sectionId ? headings.get(t.sectionId) ?? null : null,
        kind: t.kind, text: t.text, start: t.start, end: t.end, value: t.value, min: t.min, max: t.max, unit: t.unit,
        comparator: t.comparator, year: t.year, month: t.month, day: t.day, left: t.left ?? null, right: t.right ?? null,
        indicator: t.indicator, deadline: t.deadline, deadlineSource: t.deadlineSource ?? null, indicatorSource: t.indicatorSource ?? null,
      }));
    }
    case 'responsibilities': {
      const headings = headingsOf();
      return doc.responsibilities.map((r, index) => ({
        docId, index, sectionId: r.sectionId, heading: r.sectionId ? headings.get(r.sectionId) ?? null : null,
        table: r.table, row: r.row, units: r.units.map((u) => ({ name: u.name, role: u.role })), raw: r.raw,
        start: r.start, end: r.end,
      }));
    }
    case 'unitRoles': {
      const headings = headingsOf();
      return doc.responsibilities.flatMap((r, index) =>
        r.units.map((u) => ({
          docId, index, sectionId: r.sectionId, heading: r.sectionId ? headings.get(r.sectionId) ?? null : null,
          table: r.table, row: r.row, name: u.name, role: u.role, raw: r.raw,
        })),
      );
    }
    case 'units':
      return doc.units.map((u) => ({ docId, name: u.name, lead: u.lead, support: u.support, responsible: u.responsible }));
    case 'notes':
      return doc.notes.map((n, index) => ({ docId, index, marker: n.marker, term: n.term, text: n.text, start: n.start, end: n.end }));
    case 'tableRows':
      return doc.tables.flatMap((t, table) =>
        t.rows.map((cells, row) => ({
          docId, table, title: t.title, row, columns: t.columns, cells,
          cellSpans: (t.cellSpans[row] ?? cells.map(() => null)).map((s) => (s ? { start: s.start, end: s.end } : null)),
        })),
      );
    case 'cells':
      return doc.tables.flatMap((t, table) =>
        t.rows.flatMap((cells, row) =>
          cells.map((text, column) => ({
            docId, table, title: t.title, row, column, columnName: t.columns[column] ?? null, text,
            start: t.cellSpans[row]?.[column]?.start ?? null, end: t.cellSpans[row]?.[column]?.end ?? null,
          })),
        ),
      );
    case 'diagnostics':
      return doc.warnings.map((w, index) => ({ docId, index, severity: w.severity, code: w.code, message: w.message, start: w.start, end: w.end, rule: w.rule }));
  }
}

export type RecordType = (typeof NDJSON_TYPES)[keyof typeof NDJSON_TYPES];

export interface EntityRecord {
  type: RecordType;
  docId: string;
  [field: string]: unknown;
}

/**
 * Every NDJSON record of one document, in a fixed order: the document row first, then sections,
 * targets, responsibilities, units, notes, table rows, diagnostics, each in document order.
 */
export function* documentRecords(doc: Document): Generator<EntityRecord> {
  const rows = documentTables(doc);
  for (const [table, type] of NDJSON_RECORD_TYPES) {
    for (const row of rows(table)) yield { type, ...(row as { docId: string }) };
  }
}

/** [table, NDJSON record type], in record order. */
export const NDJSON_RECORD_TYPES = Object.entries(NDJSON_TYPES) as [TableName, RecordType][];

export { TABLES };
