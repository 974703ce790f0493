import { describe, expect, it } from 'vitest';
import { FLAT_TABLES, NDJSON_TYPES, TABLES, columnNames, type Column, type TableName } from '../../src/schema/tables.js';
import { documentRecords, tableRows, toCsv, type RowValue } from '../../src/index.js';
import { readRfc4180 } from '../helpers/rfc4180.js';
import { sampleDocument } from './sample.js';
import { hostileDocument } from './hostile.js';

/**
 * One vocabulary: a field has one name (and one type) in every table and every format, and that
 * name is the JSON document's (contract.md), except the few flat names listed here with why.
 */
const FLAT_NAMES: Record<string, string> = {
  'document.meta.period.start': 'periodStart', // period is an object in JSON; flat tables need one column per field
  'document.meta.period.end': 'periodEnd',
  'table.rows[]': 'cells', // a row of cells
  'table.rows[][]': 'text', // one cell's text
  'table.columns[]': 'columnName', // the header of the cell's column
};

const entries = Object.entries(TABLES) as [TableName, readonly Column[]][];

describe('one vocabulary', () => {
  it('a JSON field has one column name in every table', () => {
    const names = new Map<string, Set<string>>();
    for (const [, columns] of entries) for (const c of columns) names.set(c.from, (names.get(c.from) ?? new Set()).add(c.name));
    const clashes = [...names].filter(([, n]) => n.size > 1).map(([from, n]) => `${from}: ${[...n].join(' / ')}`);
    expect(clashes).toEqual([]);
  });

  it('a column name has one type in every table (one key, one type across an NDJSON corpus)', () => {
    const kinds = new Map<string, Set<string>>();
    for (const [, columns] of entries) for (const c of columns) kinds.set(c.name, (kinds.get(c.name) ?? new Set()).add(c.kind));
    expect([...kinds].filter(([, k]) => k.size > 1).map(([name, k]) => `${name}: ${[...k].join(' / ')}`)).toEqual([]);
  });

  it("a column named after a JSON field keeps the field's name", () => {
    const renamed = entries.flatMap(([table, columns]) =>
      columns
        .filter((c) => !c.from.startsWith('derived'))
        .filter((c) => c.name !== (FLAT_NAMES[c.from] ?? c.from.split('.').pop()!.replace(/\[\]/g, '')))
        .map((c) => `${table}.${c.name} from ${c.from}`),
    );
    expect(renamed).toEqual([]);
  });

  it.each(Object.entries(NDJSON_TYPES))('NDJSON %s records have exactly the columns of the table, after type', (table, type) => {
    for (const doc of [sampleDocument(), hostileDocument()]) {
      const records = [...documentRecords(doc)].filter((r) => r.type === type);
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(Object.keys(r)).toEqual(['type', ...columnNames(table as TableName)]);
    }
  });

  it.each(FLAT_TABLES)('the CSV header of %s is the column list', (table) => {
    expect(readRfc4180(toCsv([], table, { bom: false }))[0]).toEqual(columnNames(table));
  });

  it.each(entries.map(([t]) => t))('values of %s have their declared type', (table) => {
    const ok = (v: RowValue, c: Column): boolean => {
      if (v === null) return Boolean(c.nullable);
      switch (c.kind) {
        case 'string': return typeof v === 'string';
        case 'integer': return Number.isInteger(v);
        case 'number': return typeof v === 'number';
        case 'boolean': return typeof v === 'boolean';
        case 'strings': return Array.isArray(v) && v.every((x) => typeof x === 'string');
        case 'structs':
          return Array.isArray(v) && v.every((x) => x === null || Object.keys(x).join() === c.fields!.map((f) => f.name).join());
      }
    };
    for (const doc of [sampleDocument(), hostileDocument()]) {
      for (const row of tableRows(doc, table)) {
        for (const c of TABLES[table] as readonly Column[]) expect(ok(row[c.name], c), `${table}.${c.name} = ${JSON.stringify(row[c.name])}`).toBe(true);
      }
    }
  });
});
