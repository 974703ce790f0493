import type { Document } from '../schema/document.js';
import type { Section } from '../schema/section.js';

/**
 * A Document as flat, self-contained records, one per entity, each carrying `docId` so a
 * corpus of them concatenates and joins. NDJSON writes them as they are; CSV picks columns.
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

/** Counts shown beside the document record and in summaries. */
export function documentCounts(doc: Document) {
  return {
    sections: flatSections(doc.sections).length,
    targets: doc.targets.length,
    responsibilities: doc.responsibilities.length,
    units: doc.units.length,
    tables: doc.tables.length,
    notes: doc.notes.length,
    warnings: doc.warnings.length,
  };
}

export type RecordType = 'document' | 'section' | 'target' | 'responsibility' | 'note' | 'table_row' | 'diagnostic';

export interface EntityRecord {
  type: RecordType;
  docId: string;
  [field: string]: unknown;
}

/**
 * Every record of one document, in a fixed order: the document (meta, source, unit loads and
 * counts) first, then sections, targets, responsibilities, notes, table rows, diagnostics,
 * each in document order. `index` numbers records of one type within the document.
 */
export function* documentRecords(doc: Document): Generator<EntityRecord> {
  const { docId } = doc;
  yield {
    type: 'document',
    docId,
    schemaVersion: doc.schemaVersion,
    source: doc.source,
    meta: doc.meta,
    // Not `units`: responsibility records use that key for their list, and one key should have
    // one type across a corpus file for DuckDB / Spark schema inference.
    unitLoad: doc.units,
    counts: documentCounts(doc),
  };
  for (const section of flatSections(doc.sections)) yield { type: 'section', docId, ...section };
  for (const [index, target] of doc.targets.entries()) yield { type: 'target', docId, index, ...target };
  for (const [index, list] of doc.responsibilities.entries()) yield { type: 'responsibility', docId, index, ...list };
  for (const [index, note] of doc.notes.entries()) yield { type: 'note', docId, index, ...note };
  for (const [table, t] of doc.tables.entries()) {
    for (const [row, cells] of t.rows.entries()) {
      yield { type: 'table_row', docId, table, title: t.title, row, columns: t.columns, cells, cellSpans: t.cellSpans[row] ?? null };
    }
  }
  for (const [index, warning] of doc.warnings.entries()) yield { type: 'diagnostic', docId, index, severity: 'warning', ...warning };
}
