import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures.js';
import { shardOfPath } from '../../src/batch/shard.js';
import { tempDir } from './spawn.js';
import { runCli } from './inprocess.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');
const NAMES = (n: number) => Array.from({ length: n }, (_, i) => `doc-${String(i).padStart(3, '0')}.txt`);

/** A corpus of `n` distinct documents (seeds and the synthetic plan, varied so every docId differs). */
function corpus(n: number): string {
  const dir = tempDir('corpus');
  const sources = [...readdirSync(SEEDS).map((f) => join(SEEDS, f)), PLAN];
  for (const [i, name] of NAMES(n).entries()) {
    const text = readFileSync(sources[i % sources.length], 'utf8');
    writeFileSync(join(dir, name), `${text}\n（第${i}份）\n`);
  }
  return dir;
}

/**
 * The names of doc-000 … doc-(n-1) in shard i of count: fixed, since a shard hashes the path
 * below the folder given, not the (random) temp folder.
 */
const inShard = (n: number, i: number, count: number) => NAMES(n).filter((name) => shardOfPath(name, count) === i);

const documentPaths = (ndjson: string) =>
  ndjson.trimEnd().split('\n').map((l) => JSON.parse(l)).filter((r) => r.type === 'document').map((r) => r.path);
const manifestOf = (out: string, name = 'manifest.json') => JSON.parse(readFileSync(join(out, name), 'utf8'));

describe('batches', () => {
  it('a worker pool writes the same bytes, in input order, as --jobs 1', async () => {
    const dir = corpus(14);
    const inThread = await runCli(['parse', dir, '-f', 'ndjson', '-j', '1', '-q']);
    const pooled = await runCli(['parse', dir, '-f', 'ndjson', '-j', '3', '-q']);
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(inThread.stdout);
    expect(documentPaths(pooled.stdout)).toEqual(NAMES(14).map((f) => join(dir, f)));
  });

  it.each([
    ['json array on stdout', ['-f', 'json', '--array']],
    ['yaml on stdout', ['-f', 'yaml']],
    ['csv targets on stdout', ['-f', 'csv']],
  ])('workers render the documents; the %s is byte-identical to --jobs 1', async (_name, flags) => {
    const dir = corpus(9);
    const inThread = await runCli(['parse', dir, ...flags, '-j', '1', '-q']);
    const pooled = await runCli(['parse', dir, ...flags, '-j', '3', '-q']);
    expect(pooled.status).toBe(0);
    expect(inThread.stdout.length).toBeGreaterThan(1000);
    expect(pooled.stdout).toBe(inThread.stdout);
  });

  it.each(['json', 'yaml', 'ndjson', 'csv'])('--out DIR -f %s: workers write the same files and manifest digests as --jobs 1', async (format) => {
    const dir = corpus(9);
    const outs = [tempDir('jobs1'), tempDir('jobs3')];
    expect((await runCli(['parse', dir, '--out', outs[0], '-f', format, '-j', '1', '-q'])).status).toBe(0);
    expect((await runCli(['parse', dir, '--out', outs[1], '-f', format, '-j', '3', '-q'])).status).toBe(0);
    const files = outs.map((out) => readdirSync(out).sort());
    expect(files[1]).toEqual(files[0]);
    // 9 documents and the manifest; csv: one file per table and the manifest.
    expect(files[0].filter((f) => f !== 'manifest.json' && f.endsWith(format === 'csv' ? '.csv' : `.${format}`)).length).toBe(format === 'csv' ? files[0].length - 1 : 9);
    for (const name of files[0].filter((f) => f !== 'manifest.json')) {
      expect(readFileSync(join(outs[1], name), 'utf8')).toBe(readFileSync(join(outs[0], name), 'utf8'));
    }
    const entries = outs.map((out) => manifestOf(out).inputs.map((e: { path: string; outputSha256?: string; targets: number }) => [e.path, e.outputSha256, e.targets]));
    expect(entries[1]).toEqual(entries[0]);
    if (format !== 'csv') expect(entries[0].every(([, digest]: [string, string]) => /^[0-9a-f]{64}$/.test(digest))).toBe(true);
  });

  it('prints a one-line summary for a batch on stderr (progress only on a terminal)', async () => {
    const { stderr } = await runCli(['parse', corpus(3), '-f', 'ndjson']);
    expect(stderr).toMatch(/^3 documents, \d+ targets, 0 failed in \d+\.\ds\n$/);
  });

  it('shards split the inputs without overlap; each writes a part file and its manifest', async () => {
    const dir = corpus(12);
    const out = tempDir('shards');
    for (const shard of ['1/3', '2/3', '3/3']) expect((await runCli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', shard, '-q'])).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'manifest-1-of-3.json', 'manifest-2-of-3.json', 'manifest-3-of-3.json',
      'part-1-of-3.ndjson', 'part-2-of-3.ndjson', 'part-3-of-3.ndjson',
    ]);
    const parts = [1, 2, 3].map((i) => documentPaths(readFileSync(join(out, `part-${i}-of-3.ndjson`), 'utf8')));
    expect(parts).toEqual([1, 2, 3].map((i) => inShard(12, i, 3).map((name) => join(dir, name))));
    const manifest = manifestOf(out, 'manifest-2-of-3.json');
    expect(manifest.shard).toEqual({ index: 2, count: 3 });
    expect(manifest.tool.name).toBe('policy-doc-parser');
    expect(manifest.inputs.map((e: { path: string }) => e.path)).toEqual(parts[1]);
    expect(manifest.inputs.every((e: { sha256: string }) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
  });

  it('--shard auto/N takes the index from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID', async () => {
    const dir = corpus(6);
    const out = tempDir('auto');
    await runCli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', 'auto/2', '-q'], { env: { JOB_COMPLETION_INDEX: '1' } });
    await runCli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', 'auto/2', '-q'], { env: { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1' } });
    expect(documentPaths(readFileSync(join(out, 'part-2-of-2.ndjson'), 'utf8'))).toEqual(inShard(6, 2, 2).map((n) => join(dir, n)));
    expect(documentPaths(readFileSync(join(out, 'part-1-of-2.ndjson'), 'utf8'))).toEqual(inShard(6, 1, 2).map((n) => join(dir, n)));
    const missing = await runCli(['parse', dir, '--out', out, '--shard', 'auto/2'], { env: {} });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('error: --shard auto/2 needs the task index in JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX (none is set)\n');
  });

  it('a re-shard into the same folder leaves no part or manifest of the old split', async () => {
    const dir = corpus(6);
    const out = tempDir('reshard');
    for (const i of [1, 2, 3]) await runCli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', `${i}/3`, '-q']);
    await runCli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', '1/2', '-q']);
    expect(readdirSync(out).sort()).toEqual(['manifest-1-of-2.json', 'part-1-of-2.ndjson']);
    await runCli(['parse', dir, '--out', out, '-f', 'csv', '--shard', '2/2', '-q']);
    await runCli(['parse', dir, '--out', out, '-f', 'csv', '--shard', '1/4', '-q']);
    expect(readdirSync(out).filter((f) => f.includes('-of-2'))).toEqual([]);
  });

  it('a rerun keeps unchanged inputs, reparses changed ones, and writes the same part file', async () => {
    const dir = corpus(8);
    const out = tempDir('rerun');
    const shard = inShard(8, 1, 2).length >= 4 ? 1 : 2; // the larger half (fixed names, so always the same)
    const names = inShard(8, shard, 2);
    expect(names.length).toBeGreaterThanOrEqual(4);
    const args = ['parse', dir, '--out', out, '-f', 'ndjson', '--shard', `${shard}/2`, '-q'];
    const part = join(out, `part-${shard}-of-2.ndjson`);
    const manifestName = `manifest-${shard}-of-2.json`;
    expect((await runCli(args)).status).toBe(0);
    const first = readFileSync(part, 'utf8');

    expect((await runCli(args)).status).toBe(0);
    expect(readFileSync(part, 'utf8')).toBe(first);
    expect(manifestOf(out, manifestName).counts.reused).toBe(names.length);

    const changed = join(dir, names[0]);
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\n（修订）\n');
    await runCli(args);
    const third = manifestOf(out, manifestName);
    expect(third.counts.reused).toBe(names.length - 1);
    expect(third.inputs[0].reused).toBeUndefined();
    expect(documentPaths(readFileSync(part, 'utf8'))).toEqual(names.map((n) => join(dir, n)));
  });

  it('a rerun of per-input json files skips unchanged inputs and redoes a deleted or altered output', async () => {
    const dir = corpus(3);
    const out = tempDir('rerun-json');
    await runCli(['parse', dir, '--out', out, '-q']);
    const files = readdirSync(out).filter((f) => f !== 'manifest.json').sort();
    expect(files).toEqual(['doc-000.json', 'doc-001.json', 'doc-002.json']);
    const kept = readFileSync(join(out, 'doc-001.json'), 'utf8');
    writeFileSync(join(out, 'doc-000.json'), 'tampered: not what this input made');
    copyFileSync(join(out, 'doc-001.json'), join(dir, 'unrelated.json')); // not *.txt: not an input
    rmSync(join(out, 'doc-002.json'));
    await runCli(['parse', dir, '--out', out, '-q']);
    const manifest = manifestOf(out);
    expect(manifest.inputs.map((e: { reused?: boolean }) => Boolean(e.reused))).toEqual([false, true, false]);
    expect(JSON.parse(readFileSync(join(out, 'doc-000.json'), 'utf8')).source.path).toBe(join(dir, 'doc-000.txt'));
    expect(readFileSync(join(out, 'doc-001.json'), 'utf8')).toBe(kept);
    expect(JSON.parse(readFileSync(join(out, 'doc-002.json'), 'utf8')).source.path).toBe(join(dir, 'doc-002.txt'));
  });

  it('a rerun with the inputs in another order still writes every document of the part file', async () => {
    const dir = corpus(12);
    const out = tempDir('reorder');
    // Files named one by one: the shard key is their path relative to the working directory (here
    // a random temp folder), so take three from whichever half holds at least six of the twelve.
    const all = NAMES(12).map((n) => join(dir, n));
    const first = all.filter((p) => shardOfPath(relative(process.cwd(), p), 2) === 1);
    const shard = first.length >= 6 ? 1 : 2;
    const paths = (shard === 1 ? first : all.filter((p) => !first.includes(p))).slice(0, 3);
    expect(paths).toHaveLength(3);
    const run = (list: string[]) => runCli(['parse', ...list, '--out', out, '-f', 'ndjson', '--shard', `${shard}/2`, '-q']);
    await run(paths);
    const reversed = [...paths].reverse();
    expect((await run(reversed)).status).toBe(0);
    expect(documentPaths(readFileSync(join(out, `part-${shard}-of-2.ndjson`), 'utf8'))).toEqual(reversed);
    const manifest = manifestOf(out, `manifest-${shard}-of-2.json`);
    expect(manifest.inputs.map((e: { reused?: boolean }) => Boolean(e.reused))).toEqual(reversed.map((_, i) => i === 0));
  });

  it('reports outputs whose input was deleted, in the summary and the manifest, and keeps them', async () => {
    const dir = corpus(3);
    const out = tempDir('orphans');
    await runCli(['parse', dir, '--out', out, '-q']);
    rmSync(join(dir, 'doc-001.txt'));
    const rerun = await runCli(['parse', dir, '--out', out]);
    expect(rerun.stderr).toMatch(/^2 documents, \d+ targets, 0 failed, 2 unchanged, 1 output of a deleted input kept \(see manifest\) in /);
    expect(manifestOf(out).orphans).toEqual([{ path: join(dir, 'doc-001.txt'), outputs: ['doc-001.json'] }]);
    // Still reported by the next run while the file stays; gone from the report once it is deleted.
    await runCli(['parse', dir, '--out', out, '-q']);
    expect(manifestOf(out).orphans).toEqual([{ path: join(dir, 'doc-001.txt'), outputs: ['doc-001.json'] }]);
    rmSync(join(out, 'doc-001.json'));
    await runCli(['parse', dir, '--out', out, '-q']);
    expect(manifestOf(out).orphans).toBeUndefined();
  });
});

