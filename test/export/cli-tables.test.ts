import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, cli, tempDir } from '../cli/spawn.js';
import { ROOT } from '../helpers/fixtures.js';
import { FLAT_TABLES } from '../../src/schema/tables.js';
import { readXlsx } from '../helpers/xlsx.js';
import { duckdb } from '../helpers/consumers.js';

describe('CLI: --format xlsx and parquet', () => {
  it('xlsx: -o FILE, --out DIR and a redirected stdout give the same workbook', () => {
    const dir = tempDir('xlsx-cli');
    expect(cli(['parse', 'seeds', '-o', join(dir, 'all.xlsx'), '-q']).status).toBe(0);
    expect(cli(['parse', 'seeds', '--out', join(dir, 'out'), '--format', 'xlsx', '-q']).status).toBe(0);
    const piped = spawnSync(process.execPath, [CLI, 'parse', 'seeds', '--format', 'xlsx', '-q'], { cwd: ROOT, maxBuffer: 64 << 20 });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['manifest.json', 'tables.xlsx']);
    const file = readFileSync(join(dir, 'all.xlsx'));
    expect(readFileSync(join(dir, 'out', 'tables.xlsx')).equals(file)).toBe(true);
    expect(piped.status).toBe(0);
    expect(piped.stdout.equals(file)).toBe(true);
    const sheets = readXlsx(new Uint8Array(file));
    expect(sheets[0].rows.length - 1).toBe(5);
    expect(sheets.map((s) => s.name)).toEqual([...FLAT_TABLES]);
  });

  it('parquet: one file per table into --out, typed; one table to -o with --table; stdout refused', async () => {
    const dir = tempDir('parquet-cli');
    expect(cli(['parse', 'seeds', '--out', join(dir, 'out'), '--format', 'parquet', '-q']).status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([...FLAT_TABLES.map((t) => `${t}.parquet`), 'manifest.json'].sort());
    expect(cli(['parse', 'seeds', '-o', join(dir, 'sections.parquet'), '--table', 'sections', '-q']).status).toBe(0);
    const db = await duckdb();
    try {
      const [[documents]] = await db.rows(`select count(*) from '${join(dir, 'out', 'documents.parquet')}'`);
      expect(Number(documents)).toBe(5);
      const [[a]] = await db.rows(`select count(*) from '${join(dir, 'out', 'sections.parquet')}'`);
      const [[b]] = await db.rows(`select count(*) from '${join(dir, 'sections.parquet')}'`);
      expect(Number(a)).toBe(Number(b));
      expect(Number(a)).toBeGreaterThan(100);
    } finally {
      db.close();
    }
    const refused = cli(['parse', 'seeds', '--format', 'parquet']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('parquet writes one file per table');
  });
});
