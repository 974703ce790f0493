import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TABLES, csvRecords, toCsv } from '../../src/export/index.js';
import { readRfc4180 } from '../helpers/rfc4180.js';
import { sampleDocument } from './sample.js';
import { hostileDocument } from './hostile.js';

/** Rows as objects keyed by the header, read with the strict reader (no BOM). */
const readBack = (csv: string) => {
  const [header, ...rows] = readRfc4180(csv.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe('CSV export', () => {
  it('starts with a UTF-8 BOM by default and without one with bom: false', () => {
    expect(toCsv([sampleDocument()], 'targets').startsWith('\uFEFFdocId,index,sectionId,heading,')).toBe(true);
    expect(toCsv([sampleDocument()], 'targets', { bom: false }).startsWith('docId,')).toBe(true);
  });

  it('reads back targets with exact values; null is an empty cell', () => {
    const [row] = readBack(toCsv([sampleDocument()], 'targets'));
    expect(row).toMatchObject({
      docId: 'p0123456789abcdef', index: '0', sectionId: '1.1', heading: 'yes', kind: 'percent', text: '60%以上', value: '60',
      min: '', unit: '%', comparator: 'gte', left: '', right: '', indicator: '养老机构护理型床位占比', deadline: '2025',
    });
  });

  it("keeps a ratio's left and right terms", () => {
    const [ratio] = readBack(toCsv([hostileDocument()], 'targets'));
    expect([ratio.kind, ratio.left, ratio.right]).toEqual(['ratio', '20', '1']);
  });

  it('joins lists with ；, writes structs as name（role）, booleans as true/false; quotes and commas survive', () => {
    const [row] = readBack(toCsv([sampleDocument()], 'documents'));
    expect(row.recipients).toBe('各区县人民政府；市政府各部门');
    expect(row.draft).toBe('true');
    expect(row.basis).toBe('关于"养老",服务的意见');
    expect(row.periodStart).toBe('2023');
    const [list] = readBack(toCsv([sampleDocument()], 'responsibilities'));
    expect(list.units).toBe('市民政局（lead）；市卫生健康委（support）');
  });

  it('gives one unitRoles row per unit of each responsibility list, with its role', () => {
    const rows = readBack(toCsv([sampleDocument()], 'unitRoles'));
    expect(rows.map((r) => [r.index, r.name, r.role, r.sectionId])).toEqual([
      ['0', '市民政局', 'lead', '1.1'],
      ['0', '市卫生健康委', 'support', '1.1'],
    ]);
    expect(readBack(toCsv([sampleDocument()], 'units')).map((r) => [r.name, r.lead, r.support])).toEqual([
      ['市民政局', '1', '0'],
      ['市卫生健康委', '0', '1'],
    ]);
  });

  it('quotes fields holding CR, LF or CRLF (RFC 4180), whatever the record delimiter', () => {
    const csv = toCsv([hostileDocument()], 'sections', { bom: false });
    expect(csv).toContain('"line1\r\nline2\nline3\rline4"');
    expect(csv).toContain('"""quoted"", comma\r\n"');
    expect(csv.split('\r\n')[1].startsWith('p0401883535574200,6,,1,六、,6,总体目标,')).toBe(true);
  });

  it("escapes formula openers with a leading ' (and doubles a leading '), but not negative numbers", () => {
    const doc = hostileDocument();
    const documents = toCsv([doc], 'documents', { bom: false });
    expect(documents).toContain(`"'=HYPERLINK(""http://example.com"",""点击"")某市行动计划"`);
    expect(documents).toContain(`,'+某府发〔2023〕1号,'@某市人民政府,`);
    expect(documents).toContain(`'-各区县人民政府；'市政府各部门；\t制表`);
    const targets = toCsv([doc], 'targets', { bom: false });
    expect(targets).toContain(",-5,");
    expect(targets).toContain(",'=1+1,");
    expect(toCsv([doc], 'unitRoles', { bom: false })).toContain(",'=市民政局,lead,");
    const [recipients] = readBack(documents).map((r) => r.recipients);
    expect(recipients.startsWith("'-")).toBe(true);
  });

  it('writes a header even when no document has rows', () => {
    expect(toCsv([], 'notes', { bom: false })).toBe('docId,index,marker,term,text,start,end\r\n');
  });

  it.each(CSV_TABLES)('rows of %s have exactly the declared columns', (table) => {
    for (const doc of [sampleDocument(), hostileDocument()]) {
      for (const row of csvRecords(doc, table)) expect(Object.keys(row)).toEqual(CSV_COLUMNS[table]);
    }
  });
});
