import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TABLES, csvRecords, toCsv } from '../../src/export/index.js';
import { sampleDocument } from './sample.js';

const readBack = (csv: string) => parse(csv, { bom: true, columns: true, relax_column_count: false }) as Array<Record<string, string>>;

describe('CSV export', () => {
  it('starts with a UTF-8 BOM by default and without one with bom: false', () => {
    expect(toCsv([sampleDocument()], 'targets').startsWith('\uFEFFdocId,sectionId,heading,')).toBe(true);
    expect(toCsv([sampleDocument()], 'targets', { bom: false }).startsWith('docId,')).toBe(true);
  });

  it('reads back targets with exact values; null is an empty cell', () => {
    const [row] = readBack(toCsv([sampleDocument()], 'targets'));
    expect(row).toMatchObject({
      docId: '0123456789abcdef', sectionId: '1.1', heading: 'yes', kind: 'percent', text: '60%以上', value: '60',
      min: '', unit: '%', comparator: 'gte', indicator: '养老机构护理型床位占比', deadline: '2025',
    });
  });

  it('joins arrays with ； and writes booleans as true/false; quotes and commas survive', () => {
    const [row] = readBack(toCsv([sampleDocument()], 'documents'));
    expect(row.recipients).toBe('各区县人民政府；市政府各部门');
    expect(row.draft).toBe('true');
    expect(row.basis).toBe('关于"养老",服务的意见');
    expect(row.periodStart).toBe('2023');
  });

  it('gives one row per unit of each responsibility list, with its role', () => {
    const rows = readBack(toCsv([sampleDocument()], 'units'));
    expect(rows.map((r) => [r.list, r.unit, r.role, r.sectionId])).toEqual([
      ['0', '市民政局', 'lead', '1.1'],
      ['0', '市卫生健康委', 'support', '1.1'],
    ]);
    expect(Object.keys(rows[0])).toEqual(['docId', 'sectionId', 'table', 'row', 'list', 'unit', 'role', 'raw']);
    expect(readBack(toCsv([sampleDocument()], 'responsibilities'))).toHaveLength(2);
  });

  it('keeps line breaks inside a cell', () => {
    const cells = readBack(toCsv([sampleDocument()], 'cells'));
    expect(cells.find((c) => c.row === '0' && c.column === '1')?.value).toBe('建设\n中心');
    expect(cells).toHaveLength(6);
  });

  it('writes a header even when no document has rows', () => {
    expect(toCsv([], 'notes', { bom: false })).toBe('docId,index,marker,term,text,start,end\r\n');
  });

  it.each(CSV_TABLES)('rows of %s have exactly the declared columns', (table) => {
    for (const row of csvRecords(sampleDocument(), table)) expect(Object.keys(row)).toEqual(CSV_COLUMNS[table]);
  });
});
