import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { FLAT_TABLES, TABLES, columnNames, type Column } from '../../src/schema/tables.js';
import { tableRows, type Row } from '../../src/index.js';
import { toParquet } from '../../src/export/parquet.js';
import { duckdb, hasPyarrow, runPython, warnMissing } from '../helpers/consumers.js';
import { exportDatasets } from './hostile.js';

const datasets = exportDatasets;

/** Integers read back as BigInt: the rows with every integer (also inside structs) as a Number. */
const numbers = (value: unknown): unknown =>
  typeof value === 'bigint' ? Number(value) : Array.isArray(value) ? value.map(numbers) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbers(v)])) : value;
const plain = (rows: readonly Row[]) => JSON.parse(JSON.stringify(rows));

const dir = mkdtempSync(join(tmpdir(), 'pdp-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(datasets))('Parquet of %s', (name) => {
  const docs = datasets[name]();
  const expected = (table: (typeof FLAT_TABLES)[number]) => plain(docs.flatMap((doc) => tableRows(doc, table)));
  const written = async () => {
    const files = await toParquet(docs);
    for (const table of FLAT_TABLES) writeFileSync(join(dir, `${name}-${table}.parquet`), files[table]);
    return files;
  };

  it('hyparquet reads every table back to the same rows and values', async () => {
    const files = await written();
    for (const table of FLAT_TABLES) {
      const bytes = files[table];
      const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
      expect(numbers(rows), table).toEqual(expected(table));
    }
  });

  it('DuckDB reads every table with typed columns and the same rows', async () => {
    await written();
    const db = await duckdb();
    try {
      for (const table of FLAT_TABLES) {
        const path = join(dir, `${name}-${table}.parquet`);
        const columns = await db.columns(`select * from '${path}'`);
        const duckType: Record<Column['kind'], string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', strings: 'VARCHAR[]', structs: '' };
        expect(columns.map((c) => c.name), table).toEqual(columnNames(table));
        for (const [i, c] of (TABLES[table] as readonly Column[]).entries()) {
          const want = c.kind === 'structs' ? `STRUCT(${c.fields!.map((f) => `"${f.name}" ${f.kind === 'string' ? 'VARCHAR' : 'BIGINT'}`).join(', ')})[]` : duckType[c.kind];
          expect(columns[i].type, `${table}.${c.name}`).toBe(want);
        }
        const rows = (await db.rows(`select * from '${path}'`)).map((r) => Object.fromEntries(columnNames(table).map((n, i) => [n, numbers(r[i])])));
        expect(rows, table).toEqual(expected(table));
      }
    } finally {
      db.close();
    }
  });
});

describe('pyarrow', () => {
  it.skipIf(warnMissing(hasPyarrow, 'pyarrow (PyPI is unreachable and Debian 12 has no package)', 'reading Parquet with pyarrow'))(
    'reads every table to the same rows',
    async () => {
      const docs = datasets.handmade();
      const files = await toParquet(docs);
      const paths = FLAT_TABLES.map((table) => {
        const path = join(dir, `pyarrow-${table}.parquet`);
        writeFileSync(path, files[table]);
        return path;
      });
      const read = runPython<Record<string, unknown[]>>(
        `import json, sys, pyarrow.parquet as pq
print(json.dumps({p: pq.read_table(p).to_pylist() for p in json.load(sys.stdin)}))`,
        paths,
      );
      for (const [i, table] of FLAT_TABLES.entries()) expect(read[paths[i]], table).toEqual(plain(docs.flatMap((doc) => tableRows(doc, table))));
    },
  );
});
