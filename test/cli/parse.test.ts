import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { FIXTURES, ROOT, SEEDS } from '../helpers/fixtures.js';
import { CLI, cli, tempDir, TEMP_FILE } from './spawn.js';
import { runCli } from './inprocess.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');
const PLAN_TEXT = readFileSync(PLAN, 'utf8');
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

// Most tests run the program in this process (runCli); the built binary is spawned only where the
// process itself is under test: start-up, a closed pipe, signals.
describe('parse: one input to stdout', () => {
  it('the built binary prints one compact JSON object when stdout is a pipe, exit 0, nothing on stderr', () => {
    const { status, stdout, stderr } = cli(['parse', 'fixtures/cli/elderly-care.txt', '--format', 'json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toHaveLength(2); // one line + final newline
    const doc = JSON.parse(stdout);
    expect(doc.source).toEqual({
      path: 'fixtures/cli/elderly-care.txt',
      sha256: 'f86c28577d29a734eb20cafdc6d6cb4277803a87f4e5d8f5147ae53433bd2ca7',
      encoding: 'utf-8',
      chars: PLAN_TEXT.length,
      offsetUnit: 'codepoint',
      format: 'txt',
    });
  });

  it('--pretty indents', async () => {
    const { stdout } = await runCli(['parse', PLAN, '--pretty']);
    expect(stdout.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
  });

  it('reads stdin with - and with no input, recording path "-"', async () => {
    for (const args of [['parse', '-'], ['parse']]) {
      const { status, stdout } = await runCli(args, { input: readFileSync(PLAN) });
      expect(status).toBe(0);
      expect(JSON.parse(stdout).source).toMatchObject({ path: '-', chars: PLAN_TEXT.length });
    }
  });

  it('a folder gives a JSON array in path order', async () => {
    const { status, stdout } = await runCli(['parse', 'seeds']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual(seedNames.map((f) => `seeds/${f}`));
  });

  it('--encoding forces the charset', async () => {
    const gb = join(FIXTURES, 'io', 'elderly-care.gb18030.txt');
    expect(JSON.parse((await runCli(['parse', gb, '--encoding', 'gbk'])).stdout).source.encoding).toBe('gb18030');
    const wrong = await runCli(['parse', gb, '--encoding', 'utf-8']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(`${gb}: bytes are not valid utf-8 [PDP_ENCODING_UNDECODABLE]\n`);
  });
});

describe('parse: bad inputs and exit codes', () => {
  it('names each bad input on one line, still writes the good ones, exits 1', async () => {
    const dir = tempDir('bad');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
    const missing = join(dir, 'missing.txt');
    const { status, stdout, stderr } = await runCli(['parse', join(dir, 'empty.txt'), PLAN, missing, join(dir, 'binary.txt'), '-q']);
    expect(status).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `${join(dir, 'empty.txt')}: empty file [PDP_INPUT_EMPTY]`,
      `${missing}: no such file or directory [PDP_INPUT_MISSING]`,
      `${join(dir, 'binary.txt')}: binary file (NUL bytes), not text [PDP_INPUT_BINARY]`,
      '',
    ]);
    expect(JSON.parse(stdout).map((d: { source: { path: string } }) => d.source.path)).toEqual([PLAN]);
  });

  it.each([
    [['parse', PLAN, '--format', 'xml']],
    [['parse', PLAN, '--no-such-flag']],
    [['parse', PLAN, '--jobs', '0']],
    [['parse', PLAN, '--shard', '3/2']],
    [['parse', PLAN, '--encoding', 'klingon-8']],
    [['parse', PLAN, '-o', 'x.json', '--out', 'dir']],
    [['frobnicate']],
  ])('usage error %j exits 2 without output', async (args) => {
    const { status, stdout, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: /);
  });

  it('exits 0 quietly when the reader closes the pipe early', () => {
    const dir = tempDir('epipe');
    for (let i = 0; i < 40; i++) copyFileSync(PLAN, join(dir, `plan-${String(i).padStart(2, '0')}.txt`));
    const run = spawnSync('bash', ['-c', `node dist/cli.js parse ${dir} --pretty -j 1 -q | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      cwd: join(FIXTURES, '..'),
    });
    expect(run.stdout).toBe('exit=0\n');
    expect(run.stderr).toBe('');
  });
});

describe('parse: files and folders', () => {
  it('infers the format from -o FILE and writes it whole, with no temp file left', async () => {
    const dir = tempDir('o');
    expect((await runCli(['parse', PLAN, '-o', join(dir, 'plan.yaml')])).status).toBe(0);
    expect(parseYaml(readFileSync(join(dir, 'plan.yaml'), 'utf8'), { version: '1.1' }).source.chars).toBe(PLAN_TEXT.length);
    expect((await runCli(['parse', 'seeds', '-o', join(dir, 'all.ndjson')])).status).toBe(0);
    const records = readFileSync(join(dir, 'all.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => r.type === 'document')).toHaveLength(5);
    expect((await runCli(['parse', 'seeds', '-o', join(dir, 'units.csv'), '--table', 'units', '--no-bom'])).status).toBe(0);
    expect(readFileSync(join(dir, 'units.csv'), 'utf8').split('\r\n')[0]).toBe('docId,name,lead,support,responsible');
    expect(readdirSync(dir).sort()).toEqual(['all.ndjson', 'plan.yaml', 'units.csv']);
  });

  it('-o FILE.json is pretty unless --compact', async () => {
    const dir = tempDir('o-json');
    await runCli(['parse', PLAN, '-o', join(dir, 'a.json')]);
    await runCli(['parse', PLAN, '-o', join(dir, 'b.json'), '--compact']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8').startsWith('{\n  "schemaVersion"')).toBe(true);
    expect(readFileSync(join(dir, 'b.json'), 'utf8').split('\n')).toHaveLength(2);
  });

  it('the acceptance batch: five seeds, a GB18030 copy, an empty, a binary and a missing file', async () => {
    const inputs = tempDir('batch-in');
    for (const f of seedNames) copyFileSync(join(SEEDS, f), join(inputs, f));
    const gbSource = readFileSync(join(SEEDS, seedNames[0]), 'utf8');
    writeFileSync(join(inputs, 'copy-gb18030.txt'), encodeGb18030(gbSource));
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const out = tempDir('batch-out');
    const missing = join(inputs, 'missing.txt');
    const { status, stderr } = await runCli(['parse', inputs, missing, '--out', out, '--format', 'json']);
    expect(status).toBe(1);
    const errors = stderr.trimEnd().split('\n').slice(0, -1);
    expect(errors).toEqual([
      `${join(inputs, 'binary.txt')}: binary file (NUL bytes), not text [PDP_INPUT_BINARY]`,
      `${join(inputs, 'empty.txt')}: empty file [PDP_INPUT_EMPTY]`,
      `${missing}: no such file or directory [PDP_INPUT_MISSING]`,
    ]);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^6 documents, \d+ targets, 3 failed in \d+\.\ds$/);
    const written = readdirSync(out).sort();
    expect(written).toEqual([...seedNames.map((f) => f.replace('.txt', '.json')), 'copy-gb18030.json', 'manifest.json'].sort());
    const load = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
    const original = load(seedNames[0].replace('.txt', '.json'));
    const copy = load('copy-gb18030.json');
    expect(copy.source.encoding).toBe('gb18030');
    expect({ ...copy, source: null }).toEqual({ ...original, source: null });
    const manifest = load('manifest.json');
    expect(manifest.counts).toMatchObject({ inputs: 9, documents: 6, failed: 3, reused: 0 });
    expect(manifest.failures.map((f: { code: string }) => f.code)).toEqual(['PDP_INPUT_BINARY', 'PDP_INPUT_EMPTY', 'PDP_INPUT_MISSING']);
  });

  it('gives two inputs with the same base name in different folders different output files', async () => {
    const inputs = tempDir('same-name');
    mkdirSync(join(inputs, 'a'));
    mkdirSync(join(inputs, 'b'));
    copyFileSync(PLAN, join(inputs, 'a', 'plan.txt'));
    writeFileSync(join(inputs, 'b', 'plan.txt'), PLAN_TEXT.replace('60%', '70%'));
    const out = tempDir('same-name-out');
    expect((await runCli(['parse', inputs, '--out', out, '-q'])).status).toBe(0);
    const files = readdirSync(out).filter((f) => f !== 'manifest.json').sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^plan-[0-9a-f]{8}\.json$/.test(f))).toBe(true);
    const paths = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).source.path).sort();
    expect(paths).toEqual([join(inputs, 'a', 'plan.txt'), join(inputs, 'b', 'plan.txt')]);
  });

  it('csv into a folder writes every table with a BOM, joined on docId', async () => {
    const out = tempDir('csv');
    expect((await runCli(['parse', 'seeds', PLAN, '--out', out, '--format', 'csv', '-q'])).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['cells', 'diagnostics', 'documents', 'notes', 'responsibilities', 'sections', 'targets', 'unitRoles', 'units'].map((t) => `${t}.csv`).concat('manifest.json').sort(),
    );
    const documents = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(documents.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(documents, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.path)).toEqual([...seedNames.map((f) => `seeds/${f}`), PLAN]);
  });

  it.each([
    ['SIGINT', 130, (out: string) => ['-o', join(out, 'all.ndjson')]],
    ['SIGTERM', 143, (out: string) => ['--out', out, '-f', 'csv']],
  ] as const)('%s during a long parse ends the run at once with %i and leaves no temp file', async (name, expected, destination) => {
    const big = bigInput();
    const out = tempDir('signal-out');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'parse', big, ...destination(out), '-q'], { cwd: ROOT, stdio: 'ignore' });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // The temp files of -o and of the csv tables exist from the start; give the parse a moment to be under way.
    for (let waited = 0; !readdirSync(out).some((f) => TEMP_FILE.test(f)) && waited < 20_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = performance.now();
    child.kill(name);
    const guard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    const { code, signal } = await closed;
    clearTimeout(guard);
    const seconds = (performance.now() - sent) / 1000;
    // 128 + the signal number, from the cleanup handler: the interrupt happened (0 would mean the
    // parse had finished; SIGKILL from the guard, that the signal waited for the parse).
    expect({ code, signal }).toEqual({ code: expected, signal: null });
    expect(seconds).toBeLessThan(5);
    expect(readdirSync(out)).toEqual([]);
  });
});

let bigInputPath: string | null = null;

/** ~20 MB of real text in one document (made once): parsing it takes far longer than the 5 s the signal tests allow. */
function bigInput(): string {
  if (bigInputPath) return bigInputPath;
  const seedText = seedNames.map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
  bigInputPath = join(tempDir('big'), 'big.txt');
  writeFileSync(bigInputPath, seedText.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(seedText))));
  return bigInputPath;
}

/** GB18030 bytes for text in the BMP (TextEncoder only writes UTF-8): built from the decoder's table. */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`no two-byte GB18030 code for ${ch}`);
  }
  return Uint8Array.from(bytes);
}
