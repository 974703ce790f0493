import type { Document } from '../schema/document.js';
import { FLAT_TABLES, TABLES, type Column, type FlatTable } from '../schema/tables.js';
import { TableRows } from './tables.js';
import type { Row, RowValue } from './records.js';

/**
 * Documents as Parquet, one file per flat table, columns typed from the table vocabulary: ids and
 * text UTF-8 strings, integers INT64, other numbers DOUBLE, booleans BOOLEAN, `strings` a LIST of
 * strings and `structs` a LIST of structs; a nullable column is OPTIONAL, the rest REQUIRED.
 *
 * Writer: hyparquet-writer (MIT, pure JavaScript, one dependency (hyparquet), runs on Node 20),
 * loaded only when parquet is asked for: no native module or Arrow build to install.
 */

type SchemaElement = {
  name: string;
  type?: 'BOOLEAN' | 'INT64' | 'DOUBLE' | 'BYTE_ARRAY';
  converted_type?: 'UTF8' | 'LIST';
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
  num_children?: number;
};

const LEAF: Record<'string' | 'integer' | 'number' | 'boolean', Pick<SchemaElement, 'type' | 'converted_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
};

/** Schema elements of one column (a list: the three-level LIST layout every reader knows). */
function columnSchema(c: Column): SchemaElement[] {
  const repetition = c.nullable ? 'OPTIONAL' : 'REQUIRED';
  if (c.kind === 'strings' || c.kind === 'structs') {
    const element: SchemaElement[] =
      c.kind === 'strings'
        ? [{ name: 'element', ...LEAF.string, repetition_type: 'REQUIRED' }]
        : [
            { name: 'element', repetition_type: 'OPTIONAL', num_children: c.fields!.length },
            ...c.fields!.map((f): SchemaElement => ({ name: f.name, ...LEAF[f.kind], repetition_type: 'OPTIONAL' })),
          ];
    return [{ name: c.name, converted_type: 'LIST', repetition_type: repetition, num_children: 1 }, { name: 'list', repetition_type: 'REPEATED', num_children: 1 }, ...element];
  }
  return [{ name: c.name, ...LEAF[c.kind], repetition_type: repetition }];
}

const bigint = (v: unknown) => (typeof v === 'number' ? BigInt(v) : v);

/** A row value in the shape the writer takes for the column (INT64 as BigInt). */
function columnValue(value: RowValue, c: Column): unknown {
  if (value === null) return null;
  if (c.kind === 'integer') return bigint(value);
  if (c.kind === 'structs') {
    return (value as readonly (Record<string, unknown> | null)[]).map((item) =>
      item === null ? null : Object.fromEntries(c.fields!.map((f) => [f.name, f.kind === 'integer' ? bigint(item[f.name] ?? null) : item[f.name] ?? null])),
    );
  }
  return value;
}

/** The Parquet file of one table's rows. */
export async function tableToParquet(table: FlatTable, rows: readonly Row[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columns: readonly Column[] = TABLES[table];
  const schema = [{ name: 'root', num_children: columns.length }, ...columns.flatMap(columnSchema)];
  const columnData = columns.map((c) => ({ name: c.name, data: rows.map((row) => columnValue(row[c.name], c)) }));
  const buffer = parquetWriteBuffer({ columnData, schema, createdBy: 'policy-doc-parser' } as never) as ArrayBuffer;
  return new Uint8Array(buffer);
}

/** Every flat table of these documents (or of rows already gathered) as Parquet files. */
export async function toParquet(docs: Iterable<Document> | TableRows): Promise<Record<FlatTable, Uint8Array>> {
  const tables = docs instanceof TableRows ? docs : TableRows.of(docs);
  const out = {} as Record<FlatTable, Uint8Array>;
  for (const table of FLAT_TABLES) out[table] = await tableToParquet(table, tables.rows[table]);
  return out;
}
