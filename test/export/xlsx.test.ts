import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document.js';
import { FLAT_TABLES, TABLES, type Column } from '../../src/schema/tables.js';
import { cellValue, tableRows, type Document } from '../../src/index.js';
import { toXlsx } from '../../src/export/xlsx.js';
import { readXlsx } from '../helpers/xlsx.js';
import { hasOpenpyxl, openpyxlPython, runPython, soffice, warnMissing } from '../helpers/consumers.js';
import { hostileDocument } from './hostile.js';

const seedsDir = join(import.meta.dirname, '../../seeds');
const seeds = () =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDocument(readFileSync(join(seedsDir, f)), { path: `seeds/${f}`, offsetUnit: 'codepoint', indicators: false }));
const fixture = () => [parseDocument(readFileSync(join(import.meta.dirname, '../../fixtures/export/hostile.txt')), { offsetUnit: 'codepoint', indicators: false })];

/** What the sheet of a table should hold: header, then typed cells ('' is an absent cell). */
function expected(docs: Document[], table: (typeof FLAT_TABLES)[number]) {
  const columns: readonly Column[] = TABLES[table];
  return [
    columns.map((c) => c.name),
    ...docs.flatMap((doc) => tableRows(doc, table)).map((row) => columns.map((c) => {
      const v = cellValue(row[c.name], c);
      return v === '' ? null : v;
    })),
  ];
}

describe('XLSX export', () => {
  const datasets: Record<string, () => Document[]> = {
    seeds, fixture,
    handmade: () => {
      const doc = hostileDocument();
      doc.meta.recipients.push('literal _x0041_ stays', ' padded ', 'cr\ronly');
      return [doc, hostileDocument('p793831183094e412')];
    },
  };

  it.each(Object.keys(datasets))('%s: a sheet per table, typed cells equal to the JSON, header frozen, no formula', async (name) => {
    const docs = datasets[name]();
    const sheets = readXlsx(await toXlsx(docs));
    expect(sheets.map((s) => s.name)).toEqual([...FLAT_TABLES]);
    for (const [i, table] of FLAT_TABLES.entries()) {
      expect(sheets[i].frozenHeader, table).toBe(true);
      expect(sheets[i].formulas, table).toBe(0);
      expect(sheets[i].rows, table).toEqual(expected(docs, table));
    }
  });

  it('a control character (XML cannot hold it) is written as the OOXML escape _xHHHH_', async () => {
    const doc = hostileDocument();
    doc.meta.recipients = ['ctl\x01x', 'nul\x00', '_x0001_'];
    const [documents] = readXlsx(await toXlsx([doc]));
    expect(documents.rows[1][documents.rows[0].indexOf('recipients')]).toBe('ctl\x01x；nul\x00；_x0001_');
  });

  it('ids and text are string cells, numbers numeric', async () => {
    const [documents, sections, targets] = readXlsx(await toXlsx([hostileDocument()]));
    expect(documents.rows[1][0]).toBe('p0401883535574200');
    expect(sections.rows.slice(1).map((r) => [r[1], r[4], typeof r[3]])).toEqual([['6', '六、', 'number'], ['6.20', '20.', 'number']]);
    expect(targets.rows[1].slice(0, 3)).toEqual(['p0401883535574200', 0, '6.20']);
    expect(targets.rows[3][8]).toBe(1e21);
  });

  it.skipIf(warnMissing(hasOpenpyxl, 'openpyxl (Debian: apt-get install python3-openpyxl)', 'reading XLSX with openpyxl'))('openpyxl reads every sheet to the same typed values, Chinese intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-xlsx-'));
    try {
      for (const [name, load] of Object.entries(datasets)) {
        const docs = load();
        const path = join(dir, `${name}.xlsx`);
        writeFileSync(path, await toXlsx(docs));
        const sheets = runPython<Record<string, unknown[][]>>(
          `import json, sys, openpyxl
wb = openpyxl.load_workbook(json.load(sys.stdin), read_only=True)
def pad(rows):
    width = len(rows[0]) if rows else 0
    return [list(r) + [None] * (width - len(r)) for r in rows]
print(json.dumps({ws.title: pad([list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets}))`,
          path,
          openpyxlPython!,
        );
        expect(Object.keys(sheets)).toEqual([...FLAT_TABLES]);
        for (const table of FLAT_TABLES) expect(sheets[table], `${name} ${table}`).toEqual(expected(docs, table));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(warnMissing(soffice !== null, 'LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui)', 'converting XLSX back to CSV with LibreOffice'))(
    'LibreOffice headless converts every sheet back to CSV with the same rows, Chinese intact',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pdp-lo-'));
      try {
        // LibreOffice drops C0 control characters on import, so the hand-made set here has none.
        const sets = { seeds: seeds(), fixture: fixture(), handmade: [hostileDocument(), hostileDocument('p793831183094e412')] };
        for (const [name, docs] of Object.entries(sets)) writeFileSync(join(dir, `${name}.xlsx`), await toXlsx(docs));
        const result = spawnSync(
          soffice!,
          ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, ...Object.keys(sets).map((n) => join(dir, `${n}.xlsx`))],
          { encoding: 'utf8', timeout: 300_000 },
        );
        expect(result.status, result.stderr).toBe(0);
        const read = runPython<Record<string, string[][]>>(
          `import csv, json, sys
out = {}
for p in json.load(sys.stdin):
    with open(p, newline='', encoding='utf-8') as f:
        out[p] = list(csv.reader(f, strict=True))
print(json.dumps(out))`,
          Object.keys(sets).flatMap((n) => FLAT_TABLES.map((t) => join(dir, `${n}-${t}.csv`))),
        );
        for (const [name, docs] of Object.entries(sets)) {
          for (const table of FLAT_TABLES) {
            const want = expected(docs, table);
            const got = read[join(dir, `${name}-${table}.csv`)];
            expect(got.length, `${name} ${table}`).toBe(want.length);
            // Numbers come back as LibreOffice shows them (1E+21): compared as numbers; text exactly.
            // LibreOffice's line-break model is not ours (CRLF comes back as LF, a lone CR as CR or
            // LF), so line breaks are compared as LF here; openpyxl above checks that the workbook
            // itself keeps every CR.
            const lf = (v: string | number | null) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);
            const same = got.map((row, r) => row.map((cell, c) => (typeof want[r][c] === 'number' ? Number(cell) : cell === '' ? null : lf(cell))));
            expect(same, `${name} ${table}`).toEqual(want.map((row) => row.map(lf)));
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('XLSX limits', () => {
  it("cuts a text longer than Excel's 32,767 characters per cell at that limit", async () => {
    const doc = hostileDocument();
    doc.sections[0].text = '长'.repeat(40_000);
    const [, sections] = readXlsx(await toXlsx([doc]));
    expect(sections.rows[1][9]).toBe('长'.repeat(32_767));
  });
});
