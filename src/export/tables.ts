import type { Document } from '../schema/document.js';
import { FLAT_TABLES, type FlatTable } from '../schema/tables.js';
import { documentTables, type Row } from './records.js';

/**
 * Rows of every flat table gathered over many documents, for the formats written whole at the
 * end (XLSX, Parquet): a workbook or a Parquet footer cannot be appended to as documents come.
 */
export class TableRows {
  readonly rows = Object.fromEntries(FLAT_TABLES.map((t) => [t, [] as Row[]])) as Record<FlatTable, Row[]>;
  documents = 0;

  add(doc: Document): void {
    const rows = documentTables(doc);
    for (const table of FLAT_TABLES) for (const row of rows(table)) this.rows[table].push(row);
    this.documents++;
  }

  static of(docs: Iterable<Document>): TableRows {
    const tables = new TableRows();
    for (const doc of docs) tables.add(doc);
    return tables;
  }
}
