import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type FlatTable } from '../../src/schema/tables.js';
import { CSV_TABLES, cellValue, tableRows, toCsv, unescapeCsvText, type Document } from '../../src/index.js';
import { readRfc4180 } from '../helpers/rfc4180.js';
import { duckdb, hasPython, runPython, warnMissing, hasPandas, hasRscript, pandasPython } from '../helpers/consumers.js';
import { exportDatasets, hostileDocument } from './hostile.js';

/**
 * Every CSV table, read by independent RFC 4180 readers (a strict one written for the tests,
 * Python's csv module, DuckDB), gives the same rows and values as the documents they were
 * written from: on the seeds, on a parsed fixture full of CR/LF, quotes, commas and formula
 * openers, and on a hand-made document with the worst strings we know.
 */

const datasets = exportDatasets;

/** What a reader should give back for a table: header, then each row as text ('' for null). */
function expected(docs: Document[], table: FlatTable): string[][] {
  const columns = TABLES[table];
  const rows = docs.flatMap((doc) => tableRows(doc, table)).map((row) => columns.map((c) => String(cellValue(row[c.name], c) ?? '')));
  return [columns.map((c) => c.name), ...rows];
}

const unescape = (rows: string[][]) => rows.map((r, n) => (n === 0 ? r : r.map(unescapeCsvText)));

let dir: string;
const files: Record<string, Record<string, string>> = {};
const docsOf: Record<string, Document[]> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdp-csv-'));
  for (const [name, load] of Object.entries(datasets)) {
    docsOf[name] = load();
    files[name] = {};
    for (const table of CSV_TABLES) {
      const path = join(dir, `${name}-${table}.csv`);
      writeFileSync(path, toCsv(docsOf[name], table));
      files[name][table] = path;
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(datasets))('CSV tables of %s', (dataset) => {
  it('every table reads back exactly with a strict RFC 4180 reader', () => {
    for (const table of CSV_TABLES) {
      const csv = readFileSync(files[dataset][table], 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(unescape(readRfc4180(csv.slice(1))), table).toEqual(expected(docsOf[dataset], table));
    }
  });

  it.skipIf(warnMissing(hasPython, 'python3', 'reading CSV with Python csv'))('every table reads back exactly with Python csv (strict)', () => {
    const read = runPython<Record<string, string[][]>>(
      `import csv, json, sys
paths = json.load(sys.stdin)
out = {}
for p in paths:
    with open(p, newline='', encoding='utf-8-sig') as f:
        out[p] = list(csv.reader(f, strict=True))
print(json.dumps(out))`,
      Object.values(files[dataset]),
    );
    for (const table of CSV_TABLES) expect(unescape(read[files[dataset][table]]), table).toEqual(expected(docsOf[dataset], table));
  });

  it('every table reads back exactly with DuckDB read_csv, and read_csv_auto counts the same rows', async () => {
    const db = await duckdb();
    try {
      for (const table of CSV_TABLES) {
        const path = files[dataset][table];
        const want = expected(docsOf[dataset], table);
        const sql = `from read_csv('${path}', header = true, all_varchar = true, strict_mode = true)`;
        const columns = (await db.columns(`select * ${sql}`)).map((c) => c.name);
        const rows = (await db.rows(`select * ${sql}`)).map((r) => r.map((v) => unescapeCsvText((v as string | null) ?? '')));
        expect([columns, ...rows], table).toEqual(want);
        const [[count]] = await db.rows(`select count(*) from read_csv_auto('${path}')`);
        expect(Number(count), table).toBe(want.length - 1);
      }
    } finally {
      db.close();
    }
  });
});

describe.each(Object.keys(datasets))('CSV tables of %s in pandas and readr', (dataset) => {
  it.skipIf(warnMissing(hasPandas, 'pandas (PyPI is unreachable here; Debian: apt-get install python3-pandas)', 'reading CSV with pandas'))('pandas (dtype=str) reads every table to the same rows and values', () => {
    const read = runPython<Record<string, { columns: string[]; rows: string[][] }>>(
      `import json, sys, pandas as pd
out = {}
for p in json.load(sys.stdin):
    df = pd.read_csv(p, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    out[p] = {"columns": list(df.columns), "rows": df.values.tolist()}
print(json.dumps(out))`,
      Object.values(files[dataset]),
      pandasPython!,
    );
    for (const table of CSV_TABLES) {
      const { columns, rows } = read[files[dataset][table]];
      expect(unescape([columns, ...rows]), table).toEqual(expected(docsOf[dataset], table));
    }
  });

  it.skipIf(warnMissing(hasRscript, 'Rscript with readr (Debian: apt-get install r-cran-readr)', 'reading CSV with readr'))('readr (text columns) reads every table to the same rows and values, no problems', () => {
    // No JSON package in Debian's r-base: each cell goes out as the hex of its UTF-8 bytes.
    const script = `library(readr)
hex <- function(x) paste(as.character(charToRaw(enc2utf8(x))), collapse = "")
for (p in commandArgs(trailingOnly = TRUE)) {
  df <- read_csv(p, col_types = cols(.default = col_character()), na = character(), progress = FALSE)
  cat("table", nrow(problems(df)), "\\n")
  cat(paste(vapply(names(df), hex, ""), collapse = ","), "\\n")
  for (i in seq_len(nrow(df))) cat(paste(vapply(unlist(df[i, ]), hex, ""), collapse = ","), "\\n")
}`;
    const paths = Object.values(files[dataset]);
    const result = spawnSync('Rscript', ['-e', script, ...paths], { encoding: 'utf8', maxBuffer: 256 << 20 });
    expect(result.status, result.stderr).toBe(0);
    const tables = result.stdout.split('table ').slice(1).map((chunk) => {
      const [problems, ...lines] = chunk.trimEnd().split(' \n');
      const rows = lines.map((line) => line.split(',').map((cell) => Buffer.from(cell.trim(), 'hex').toString('utf8')));
      return { problems: Number(problems.trim()), rows };
    });
    for (const [i, table] of CSV_TABLES.entries()) {
      expect(tables[i].problems, table).toBe(0);
      expect(unescape(tables[i].rows), table).toEqual(expected(docsOf[dataset], table));
    }
  });
});

describe('README: typed reading of CSV ids', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  /** The fenced block of `lang` holding `marker`, or the first one after it. */
  const block = (marker: string, lang: string) => {
    const at = readme.indexOf(marker);
    const opening = readme.lastIndexOf('```' + lang + '\n', at);
    const inside = opening >= 0 && !readme.slice(opening + 3, at).includes('```');
    const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(inside ? opening : at));
    if (at < 0 || !match) throw new Error(`README has no ${lang} block after ${marker}`);
    return match[1];
  };
  const tablesDir = () => {
    const tables = join(dir, 'readme', 'tables');
    mkdirSync(tables, { recursive: true });
    for (const table of ['sections', 'notes'] as const) writeFileSync(join(tables, `${table}.csv`), toCsv([hostileDocument(), hostileDocument('p793831183094e412')], table));
    return join(dir, 'readme');
  };

  it('the DuckDB snippet reads ids as text: 6.20, 20., 1. and the docIds intact', async () => {
    const cwd = tablesDir();
    const statements = block('<!-- duckdb-typed-csv', 'sql')
      .split(';')
      .map((s) => s.replace(/--.*$/gm, '').trim())
      .filter(Boolean)
      .map((s) => s.replaceAll("'tables/", `'${cwd}/tables/`));
    expect(statements).toHaveLength(2);
    const db = await duckdb();
    try {
      const sectionTypes = Object.fromEntries((await db.columns(statements[0])).map((c) => [c.name, c.type]));
      expect(sectionTypes).toMatchObject({ docId: 'VARCHAR', id: 'VARCHAR', parentId: 'VARCHAR', marker: 'VARCHAR', level: 'BIGINT' });
      const sections = await db.rows(`select docId, id, marker from (${statements[0]})`);
      expect(sections).toEqual([
        ['p0401883535574200', '6', '六、'], ['p0401883535574200', '6.20', '20.'],
        ['p793831183094e412', '6', '六、'], ['p793831183094e412', '6.20', '20.'],
      ]);
      expect(await db.rows(`select docId, marker from (${statements[1]})`)).toEqual([['p0401883535574200', '1.'], ['p793831183094e412', '1.']]);
    } finally {
      db.close();
    }
  });

  it.skipIf(warnMissing(hasPandas, 'pandas (PyPI is unreachable here; Debian: apt-get install python3-pandas)', 'the README pandas snippet'))(
    'the pandas snippet reads ids as text',
    () => {
      const cwd = tablesDir();
      const code = block('# pandas: every column as text', 'python');
      const out = runPython<string[][]>(`import os, json, sys\nos.chdir(${JSON.stringify(cwd)})\n${code}\nprint(json.dumps(sections[["docId","id","marker"]].values.tolist()))`, null, pandasPython!);
      expect(out[1]).toEqual(['p0401883535574200', '6.20', '20.']);
    },
  );

  it.skipIf(warnMissing(hasRscript, 'Rscript with readr (Debian: apt-get install r-cran-readr)', 'the README R snippet'))('the R snippet reads ids as text', () => {
    const cwd = tablesDir();
    const code = block('# R (readr)', 'r');
    const result = spawnSync('Rscript', ['-e', `setwd(${JSON.stringify(cwd)})\n${code}\ncat(sections$id, sep = "|")`], { encoding: 'utf8' });
    expect(result.stdout).toBe('6|6.20|6|6.20');
  });
});
