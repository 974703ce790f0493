import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { cli, tempDir, TEMP_FILE } from '../cli/spawn.js';

const DRAFT = 'fixtures/diff/plan-draft.txt';
const FINAL = 'fixtures/diff/plan-final.txt';

describe('policy-parse report', () => {
  it('writes a page per document, an index and the assets; exit 0', () => {
    const out = tempDir('report');
    const { status, stdout, stderr } = cli(['report', 'seeds', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^5 documents → .*index\.html in \d+\.\ds\n$/);
    expect(readdirSync(out).sort()).toEqual([
      '000_f37fb03f7ab70697.html', '001_35e6932b183f9d97.html', '002_b13d75dc19837336.html', '003_f043ecdd77dfe9b8.html',
      '004_3afa6219bfe3e303.html', 'assets', 'index.html',
    ]);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['report.css', 'report.js']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const page of readdirSync(out).filter((f) => f.startsWith('00'))) expect(index).toContain(`href="./${page}"`);
    // Nothing from the network: no absolute URL in src/href of any page.
    for (const page of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(out, page), 'utf8')).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
    expect(readFileSync(join(out, 'assets', 'report.js'), 'utf8')).not.toMatch(/https?:\/\/[^"'\s]*\.(js|css|woff2?)\b/);
  });

  it('reads a web page and a PDF as their text: every heading, target and list highlighted', () => {
    const out = tempDir('report-formats');
    expect(cli(['report', 'fixtures/formats/policy.html', 'fixtures/formats/policy.pdf', '--out', out, '--quiet']).status).toBe(0);
    const parsed = JSON.parse(cli(['parse', 'fixtures/formats/policy.html']).stdout);
    const count = (sections: Array<{ children: unknown[] }>): number => sections.reduce((n, s) => n + 1 + count(s.children as never), 0);
    const expected = { heading: count(parsed.sections), target: parsed.targets.length, list: parsed.responsibilities.length };
    const pages = readdirSync(out).filter((f) => f.startsWith('policy'));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const highlighted = (kind: string) => html.split(`class="hl hl-${kind}" data-k=`).length - 1;
      expect({ heading: highlighted('heading'), target: highlighted('target'), list: highlighted('list') }).toEqual(expected);
    }
  });

  it('names a failed input on stderr with its code, writes the others, exit 1', () => {
    const out = tempDir('report-fail');
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '');
    const { status, stderr } = cli(['report', 'seeds/001_35e6932b183f9d97.txt', empty, 'missing.txt', '--out', join(out, 'r'), '--quiet']);
    expect(status).toBe(1);
    expect(stderr).toBe(`${empty}: empty file [PDP_INPUT_EMPTY]\nmissing.txt: no such file or directory [PDP_INPUT_MISSING]\n`);
    expect(readdirSync(join(out, 'r')).sort()).toEqual(['001_35e6932b183f9d97.html', 'assets', 'index.html']);
    expect(readFileSync(join(out, 'r', 'index.html'), 'utf8')).toContain('2 个文件未能解析');
    expect(readdirSync(join(out, 'r')).some((f) => TEMP_FILE.test(f))).toBe(false);
  });

  it('keeps a document named index.txt clear of index.html', () => {
    const out = tempDir('report-index');
    writeFileSync(join(out, 'index.txt'), readFileSync('fixtures/cli/elderly-care.txt'));
    expect(cli(['report', join(out, 'index.txt'), '--out', join(out, 'r'), '-q']).status).toBe(0);
    expect(readdirSync(join(out, 'r')).sort()).toEqual(['assets', 'index-2.html', 'index.html']);
  });

  it('needs --out (usage error, exit 2)', () => {
    const { status, stderr } = cli(['report', 'seeds']);
    expect(status).toBe(2);
    expect(stderr).toContain("required option '--out <dir>' not specified");
  });
});

describe('policy-parse diff', () => {
  it('prints JSON on a pipe: the three changes of the fixture', () => {
    const { status, stdout, stderr } = cli(['diff', DRAFT, FINAL]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const diff = JSON.parse(stdout);
    expect(diff.changes.map((c: { type: string }) => c.type)).toEqual(['section_inserted', 'unit_removed', 'target_changed']);
    expect(diff.old.path).toBe(DRAFT);
  });

  it('writes NDJSON, CSV, text and a standalone HTML page', () => {
    expect(cli(['diff', DRAFT, FINAL, '-f', 'ndjson']).stdout.trim().split('\n')).toHaveLength(3);
    const rows: Array<{ type: string; subject: string }> = parseCsv(cli(['diff', DRAFT, FINAL, '-f', 'csv']).stdout, { columns: true, bom: true });
    expect(rows.map((r: { type: string; subject: string }) => [r.type, r.subject])).toEqual([
      ['section_inserted', '基本原则'], ['unit_removed', '市自规局'], ['target_changed', '专业教师中“双师型”教师占比'],
    ]);
    expect(cli(['diff', DRAFT, FINAL, '-f', 'text']).stdout).toContain('~ 指标变化 专业教师中“双师型”教师占比：>50%，2023年 → >60%，2023年（value）');
    const out = tempDir('diff');
    const page = join(out, 'changes.html');
    expect(cli(['diff', DRAFT, FINAL, '-o', page]).status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<style>');
    expect(html).not.toContain('assets/report');
    expect(html.match(/<li>/g)).toHaveLength(3);
  });

  it('reads JSON documents written by parse, with the same result', () => {
    const out = tempDir('diff-json');
    expect(cli(['parse', DRAFT, FINAL, '--out', out, '-q']).status).toBe(0);
    const fromJson = JSON.parse(cli(['diff', join(out, 'plan-draft.json'), join(out, 'plan-final.json')]).stdout);
    const fromText = JSON.parse(cli(['diff', DRAFT, FINAL]).stdout);
    expect(fromJson.changes).toEqual(fromText.changes);
  });

  it('names an unreadable version with its code, exit 1, nothing on stdout', () => {
    const { status, stdout, stderr } = cli(['diff', DRAFT, 'nope.txt']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('nope.txt: no such file or directory [PDP_INPUT_MISSING]\n');
    const out = tempDir('diff-bad');
    writeFileSync(join(out, 'x.json'), '{"schemaVersion":1}');
    expect(cli(['diff', join(out, 'x.json'), DRAFT]).stderr).toBe(`${join(out, 'x.json')}: not a policy-parse document (see \`policy-parse schema\`) [PDP_SCHEMA_INVALID]\n`);
    expect(existsSync(join(out, 'changes.html'))).toBe(false);
  });
});
