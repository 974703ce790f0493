import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SEEDS } from '../helpers/fixtures.js';
import { CLI, TEMP_FILE, tempDir } from './spawn.js';
import { runCli } from './inprocess.js';
import { asOutputError } from '../../src/io/output.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** The pid of a process that has exited (so nothing runs under it until the kernel reuses it). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

function corpus(n: number): string {
  const dir = tempDir('faults');
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), readFileSync(join(SEEDS, seeds[i % seeds.length]), 'utf8') + `\n（第${i}份）\n`);
  }
  return dir;
}

describe('leftovers of killed runs', () => {
  it('removes temp files of dead writers on this host, keeps live ones and recent ones of other hosts', async () => {
    const out = tempDir('stale');
    const dead = deadPid();
    const names = {
      deadHere: `.doc-000.json.tmp-${dead}-${HOST_TAG}0badf00d`,
      deadOldFormat: `.part-1-of-2.ndjson.tmp-${dead}-0badf00d`,
      liveHere: `.doc-01.json.tmp-${process.pid}-${HOST_TAG}0badf00d`,
      otherHostRecent: `.doc-02.json.tmp-${dead}-ffffffff0badf00d`,
      otherHostOld: `.doc-03.json.tmp-${dead}-eeeeeeee0badf00d`,
      notATempFile: '.keep.tmp-notes',
    };
    for (const name of Object.values(names)) writeFileSync(join(out, name), 'partial');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(join(out, names.otherHostOld), twoDaysAgo, twoDaysAgo);
    expect((await runCli(['parse', PLAN, '--out', out, '-q'])).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.')).sort()).toEqual([names.notATempFile, names.liveHere, names.otherHostRecent].sort());
  });

  it('-o FILE removes only that file\'s dead temp files from its folder', async () => {
    const dir = tempDir('stale-o');
    const dead = deadPid();
    writeFileSync(join(dir, `.all.ndjson.tmp-${dead}-${HOST_TAG}0badf00d`), 'partial');
    writeFileSync(join(dir, `.other.csv.tmp-${dead}-${HOST_TAG}0badf00d`), 'partial');
    expect((await runCli(['parse', PLAN, '-o', join(dir, 'all.ndjson')])).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.other.csv.tmp-${dead}-${HOST_TAG}0badf00d`, 'all.ndjson']);
  });

  it('a batch killed with SIGKILL resumes: the rerun keeps what the journal says was finished', async () => {
    // Enough documents that the run is still busy when the kill lands after the third output.
    const dir = corpus(100);
    const out = tempDir('killed');
    const child = spawn(process.execPath, [CLI, 'parse', dir, '--out', out, '-j', '1', '-q'], { cwd: ROOT, stdio: 'ignore' });
    const journalPath = join(out, 'manifest.journal.ndjson');
    // Complete journal lines: a document's output is written before its line, so wait on the lines.
    const journalled = () => (existsSync(journalPath) ? readFileSync(journalPath, 'utf8').split('\n').filter((l) => l.endsWith('}')) : []);
    for (let waited = 0; journalled().length < 3 && waited < 20_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // killed before the end…
    const journal = journalled();
    expect(journal.length).toBeGreaterThanOrEqual(3); // …but its journal names what was done
    expect(journal.length).toBeLessThan(100);
    const finished = journal.length;

    const rerun = await runCli(['parse', dir, '--out', out]);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`^100 documents, \\d+ targets, 0 failed, ${finished} unchanged in `));
    const files = readdirSync(out);
    expect(files.filter((f) => TEMP_FILE.test(f) || f.includes('journal'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json')).length).toBe(101);
  });
});

describe('an interrupted shard resumes from what its part file held', () => {
  it.each([
    ['SIGKILL', null],
    ['SIGTERM', 143],
  ] as const)('after %s the rerun reuses the finished documents and writes the same part as a clean run', async (signal, code) => {
    const dir = corpus(120);
    const out = tempDir('part-killed');
    const args = (into: string) => ['parse', dir, '--out', into, '-f', 'ndjson', '--shard', '1/2', '-j', '1', '-q'];
    const child = spawn(process.execPath, [CLI, ...args(out)], { cwd: ROOT, stdio: 'ignore' });
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const journal = join(out, 'manifest-1-of-2.journal.ndjson');
    const finished = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0);
    for (let waited = 0; finished() < 10 && waited < 20_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    child.kill(signal);
    expect(await closed).toBe(code);
    expect(existsSync(join(out, 'part-1-of-2.ndjson'))).toBe(false);
    // SIGTERM: the handler moved the temp file aside; SIGKILL: the temp file stays until the rerun.
    const left = readdirSync(out).filter((f) => f.startsWith('.'));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(signal === 'SIGTERM' ? /^\.part-1-of-2\.ndjson\.salvage$/ : TEMP_FILE);
    const done = finished();

    const rerun = await runCli(args(out));
    expect(rerun.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest-1-of-2.json'), 'utf8'));
    expect(manifest.counts.reused).toBeGreaterThanOrEqual(1);
    expect(manifest.counts.reused).toBeLessThanOrEqual(done);
    expect(readdirSync(out).sort()).toEqual(['manifest-1-of-2.json', 'part-1-of-2.ndjson']);
    const clean = tempDir('part-clean');
    await runCli(args(clean));
    expect(readFileSync(join(out, 'part-1-of-2.ndjson'), 'utf8')).toBe(readFileSync(join(clean, 'part-1-of-2.ndjson'), 'utf8'));
  });
});

describe('output errors: one line naming the output, a PDP_ code, only what must stop', () => {
  it('an output folder that cannot be made (/proc/x) fails at once with one line, exit 1', () => {
    // Node 20's recursive mkdir loops forever there: a child process, killed if it hangs.
    const run = spawnSync(process.execPath, [CLI, 'parse', PLAN, '--out', '/proc/pdp-x/y'], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('/proc/pdp-x/y: folder cannot be created [PDP_OUTPUT_UNWRITABLE]\n');
  });

  it('-o naming a folder: one line, nothing written', async () => {
    const dir = tempDir('o-folder');
    const run = await runCli(['parse', PLAN, '-o', dir]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `${dir}: is a folder [PDP_OUTPUT_UNWRITABLE]\nstopped: nothing written\n` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file in the way of the output folder', async () => {
    const dir = tempDir('in-the-way');
    writeFileSync(join(dir, 'file'), 'x');
    const run = await runCli(['parse', PLAN, '--out', join(dir, 'file', 'out')]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `${join(dir, 'file', 'out')}: a file is in the way of the folder [PDP_OUTPUT_UNWRITABLE]\n` });
  });

  it('one output that cannot be written fails that input; the others are written', async () => {
    const dir = corpus(3);
    const out = tempDir('blocked');
    mkdirSync(join(out, 'doc-001.json')); // a folder where the file should go
    const run = await runCli(['parse', dir, '--out', out]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe(`${join(out, 'doc-001.json')}: is a folder [PDP_OUTPUT_UNWRITABLE]`);
    expect(lines[1]).toMatch(/^2 documents, \d+ targets, 1 failed in /);
    expect(readdirSync(out).sort()).toEqual(['doc-000.json', 'doc-001.json', 'doc-002.json', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.failures).toEqual([{ path: join(dir, 'doc-001.txt'), code: 'PDP_OUTPUT_UNWRITABLE', message: `output ${join(out, 'doc-001.json')}: is a folder` }]);
  });

  it.skipIf(isRoot())('a read-only output folder stops the batch with one line naming it, no temp file name', async () => {
    const dir = corpus(3);
    const out = tempDir('read-only');
    chmodSync(out, 0o555);
    const run = await runCli(['parse', dir, '--out', out]);
    chmodSync(out, 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${join(out, 'doc-000.json')}: permission denied [PDP_OUTPUT_UNWRITABLE]\nstopped: 0 documents written, 3 inputs not written\n`);
  });

  it('maps errno to codes and words, never to the temp file\'s name', () => {
    const fsError = (code: string) => Object.assign(new Error(`${code}: failed, open '/out/.a.json.tmp-1-00'`), { code });
    expect(asOutputError(fsError('EROFS'), '/out/a.json')).toMatchObject({ code: 'PDP_OUTPUT_UNWRITABLE', message: 'read-only file system', target: '/out/a.json', folderWide: true });
    expect(asOutputError(fsError('EACCES'), '/out/a.json')).toMatchObject({ code: 'PDP_OUTPUT_UNWRITABLE', message: 'permission denied', folderWide: true });
    expect(asOutputError(fsError('ENOSPC'), '/out/a.json')).toMatchObject({ code: 'PDP_OUTPUT_NO_SPACE', message: 'no space left on device', folderWide: false });
    expect(asOutputError(fsError('EDQUOT'), '/out/a.json')).toMatchObject({ code: 'PDP_OUTPUT_NO_SPACE', message: 'disk quota exceeded' });
    expect(asOutputError(fsError('EIO'), '/out/a.json')).toMatchObject({ code: 'PDP_OUTPUT_FAILED', message: 'write failed (EIO)' });
  });
});

describe('error lines', () => {
  it('a path with a newline or an escape character is printed JSON-escaped, on one line', async () => {
    const dir = tempDir('names');
    const forged = join(dir, 'a.txt: empty file [PDP_INPUT_EMPTY]\nforged.txt');
    const escape = join(dir, 'b\u001b[2J.txt');
    writeFileSync(forged, '');
    writeFileSync(escape, '');
    const run = await runCli(['parse', dir, '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      `${JSON.stringify(forged)}: empty file [PDP_INPUT_EMPTY]`,
      `${JSON.stringify(escape)}: empty file [PDP_INPUT_EMPTY]`,
      '',
    ]);
  });

  it.skipIf(!hasMkfifo())('a FIFO named *.txt in a folder is reported as skipped, not opened', async () => {
    const dir = corpus(1);
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    const run = await runCli(['parse', dir, '-f', 'ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`${join(dir, 'pipe.txt')}: a FIFO, not a regular file: skipped [PDP_INPUT_NOT_FILE]`);
    expect(run.stderr.split('\n')[1]).toMatch(/^1 documents, \d+ targets, 1 failed in /);
  });
});

function isRoot(): boolean {
  const root = process.getuid?.() === 0;
  if (root) console.warn('running as root: permissions are not enforced, the read-only folder test is skipped');
  return root;
}

function hasMkfifo(): boolean {
  const found = spawnSync('mkfifo', ['--version']).status === 0;
  if (!found) console.warn('mkfifo not found: the FIFO test is skipped');
  return found;
}
