import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';
import { CLI } from './spawn.js';
import { runCli } from './inprocess.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');
const PLAN_TEXT = readFileSync(PLAN, 'utf8');
const parseLines = (ndjson: string) => ndjson.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('parse --records', () => {
  it('turns text, base64 bytes and path records into NDJSON records tagged with recordId, in order', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: PLAN_TEXT }),
      JSON.stringify({ id: 7, bytes_b64: Buffer.from(PLAN_TEXT).toString('base64'), path: 'remote/plan.txt' }),
      JSON.stringify({ id: 'c', path: PLAN }),
    ].join('\n') + '\n';
    const run = await runCli(['parse', '--records'], { input });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const records = parseLines(run.stdout);
    const documents = records.filter((r) => r.type === 'document');
    expect(documents.map((d) => [d.recordId, d.path, d.sha256])).toEqual([
      ['a', null, 'f86c28577d29a734eb20cafdc6d6cb4277803a87f4e5d8f5147ae53433bd2ca7'],
      [7, 'remote/plan.txt', 'f86c28577d29a734eb20cafdc6d6cb4277803a87f4e5d8f5147ae53433bd2ca7'],
      ['c', PLAN, 'f86c28577d29a734eb20cafdc6d6cb4277803a87f4e5d8f5147ae53433bd2ca7'],
    ]);
    // The same records as a batch run, plus recordId, with type still the first field.
    const direct = parseLines((await runCli(['parse', PLAN, '-f', 'ndjson'])).stdout);
    const third = records.filter((r) => r.recordId === 'c');
    expect(third).toEqual(direct.map((r) => ({ ...r, recordId: 'c' })));
    expect(run.stdout.split('\n').every((l) => l === '' || l.startsWith('{"type":"'))).toBe(true);
  });

  it('reads a web page or a Word file sent as bytes, as a batch run reads the same file', async () => {
    const docx = readFileSync(join(FIXTURES, 'formats', 'policy.docx'));
    const html = readFileSync(join(FIXTURES, 'formats', 'policy.html'));
    const input = [
      JSON.stringify({ id: 'w', bytes_b64: docx.toString('base64'), format: 'docx' }),
      JSON.stringify({ id: 'h', text: html.toString('utf8'), format: 'text/html' }),
    ].join('\n') + '\n';
    const run = await runCli(['parse', '--records'], { input });
    expect(run.stderr).toBe('');
    const documents = parseLines(run.stdout).filter((r) => r.type === 'document');
    expect(documents.map((d) => [d.recordId, d.format])).toEqual([['w', 'docx'], ['h', 'html']]);
    const direct = parseLines((await runCli(['parse', join(FIXTURES, 'formats', 'policy.docx'), '-f', 'ndjson'])).stdout);
    expect(documents[0].sectionCount).toBe(direct[0].sectionCount);
    expect(documents[0].targetCount).toBe(direct[0].targetCount);
  });

  it('reports bad records as error records and goes on; exit 0', async () => {
    const input = [
      'not json',
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'empty', text: '  \n' }),
      JSON.stringify({ id: 'missing', path: '/nonexistent/x.txt' }),
      JSON.stringify({ id: 'xls', text: 'x', format: 'xls' }),
      JSON.stringify({ id: 'none' }),
      '',
      JSON.stringify({ id: 'ok', text: PLAN_TEXT }),
    ].join('\n');
    const run = await runCli(['parse', '--records'], { input });
    expect(run.status).toBe(0);
    const records = parseLines(run.stdout);
    expect(records.filter((r) => r.type === 'error')).toEqual([
      { type: 'error', recordId: null, line: 1, path: null, code: 'PDP_RECORD_INVALID', message: 'not valid JSON' },
      { type: 'error', recordId: null, line: 2, path: null, code: 'PDP_RECORD_INVALID', message: 'not a JSON object' },
      { type: 'error', recordId: 'empty', line: 3, path: null, code: 'PDP_INPUT_EMPTY', message: 'no text (only whitespace)' },
      { type: 'error', recordId: 'missing', line: 4, path: '/nonexistent/x.txt', code: 'PDP_INPUT_MISSING', message: 'no such file or directory' },
      { type: 'error', recordId: 'xls', line: 5, path: null, code: 'PDP_RECORD_INVALID', message: 'format "xls" is not one of txt, md, html, docx, pdf, ofd' },
      { type: 'error', recordId: 'none', line: 6, path: null, code: 'PDP_RECORD_INVALID', message: 'no text, bytes_b64 or path' },
    ]);
    expect(records.filter((r) => r.type === 'document').map((r) => r.recordId)).toEqual(['ok']);
  });

  it.each([
    [['parse', '--records', PLAN]],
    [['parse', '--records', '--out', 'x']],
    [['parse', '--records', '-f', 'csv']],
  ])('%j is a usage error', async (args) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: --records /);
  });

  it('writes each record\'s output before the next record arrives (the built binary, a real pipe)', async () => {
    const child = spawn(process.execPath, [CLI, 'parse', '--records'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const firstDocument = async (): Promise<{ recordId: unknown }> => {
      for (;;) {
        const next = await lines.next();
        if (next.done) throw new Error('output ended');
        const record = JSON.parse(next.value);
        if (record.type === 'document') return record;
      }
    };
    child.stdin!.write(JSON.stringify({ id: 1, text: PLAN_TEXT }) + '\n');
    expect((await firstDocument()).recordId).toBe(1); // stdin still open: output came per record
    child.stdin!.write(JSON.stringify({ id: 2, text: PLAN_TEXT }) + '\n');
    expect((await firstDocument()).recordId).toBe(2);
    child.stdin!.end();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });
});
