import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures.js';
import { shardOfPath } from '../../src/batch/shard.js';
import { cli, tempDir } from './spawn.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');

/** A corpus of `n` distinct documents (seeds and the synthetic plan, varied so every docId differs). */
function corpus(n: number): string {
  const dir = tempDir('corpus');
  const sources = [...readdirSync(SEEDS).map((f) => join(SEEDS, f)), PLAN];
  for (let i = 0; i < n; i++) {
    const text = readFileSync(sources[i % sources.length], 'utf8');
    writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), `${text}\n（第${i}份）\n`);
  }
  return dir;
}

const documentPaths = (ndjson: string) =>
  ndjson.trimEnd().split('\n').map((l) => JSON.parse(l)).filter((r) => r.type === 'document').map((r) => r.path);

describe('batches', () => {
  it('a worker pool writes the same bytes, in input order, as --jobs 1', () => {
    const dir = corpus(14);
    const inThread = cli(['parse', dir, '-f', 'ndjson', '-j', '1', '-q']);
    const pooled = cli(['parse', dir, '-f', 'ndjson', '-j', '3', '-q']);
    expect(pooled.status).toBe(0);
    expect(pooled.stdout).toBe(inThread.stdout);
    expect(documentPaths(pooled.stdout)).toEqual(readdirSync(dir).sort().map((f) => join(dir, f)));
  });

  it('prints a one-line summary for a batch on stderr (progress only on a terminal)', () => {
    const { stderr } = cli(['parse', corpus(3), '-f', 'ndjson']);
    expect(stderr).toMatch(/^3 documents, \d+ targets, 0 failed in \d+\.\ds\n$/);
  });

  it('shards split the inputs without overlap; each writes a part file and its manifest', () => {
    const dir = corpus(12);
    const out = tempDir('shards');
    for (const shard of ['1/3', '2/3', '3/3']) expect(cli(['parse', dir, '--out', out, '-f', 'ndjson', '--shard', shard, '-q']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'manifest-1-of-3.json', 'manifest-2-of-3.json', 'manifest-3-of-3.json',
      'part-1-of-3.ndjson', 'part-2-of-3.ndjson', 'part-3-of-3.ndjson',
    ]);
    const parts = [1, 2, 3].map((i) => documentPaths(readFileSync(join(out, `part-${i}-of-3.ndjson`), 'utf8')));
    expect(parts.flat().sort()).toEqual(readdirSync(dir).sort().map((f) => join(dir, f)));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest-2-of-3.json'), 'utf8'));
    expect(manifest.shard).toEqual({ index: 2, count: 3 });
    expect(manifest.tool.name).toBe('policy-doc-parser');
    expect(manifest.inputs.map((e: { path: string }) => e.path)).toEqual(parts[1]);
    expect(manifest.inputs.every((e: { sha256: string }) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
  });

  it('a rerun keeps unchanged inputs, reparses changed ones, and writes the same part file', () => {
    const dir = corpus(8);
    const out = tempDir('rerun');
    const shardArgs = (i: number) => ['parse', dir, '--out', out, '-f', 'ndjson', '--shard', `${i}/2`, '-q'];
    // Shards hash the (random) temp path: take the larger of the two, which has at least 4 of the 8.
    const sizes = [1, 2].map((i) => {
      cli(shardArgs(i));
      return JSON.parse(readFileSync(join(out, `manifest-${i}-of-2.json`), 'utf8')).inputs.length as number;
    });
    const shard = sizes[0]! >= sizes[1]! ? 1 : 2;
    const args = shardArgs(shard);
    const part = join(out, `part-${shard}-of-2.ndjson`);
    const first = readFileSync(part, 'utf8');
    const manifestPath = join(out, `manifest-${shard}-of-2.json`);
    const inputs = JSON.parse(readFileSync(manifestPath, 'utf8')).inputs as Array<{ path: string }>;
    expect(inputs.length).toBeGreaterThanOrEqual(4);

    expect(cli(args).status).toBe(0);
    expect(readFileSync(part, 'utf8')).toBe(first);
    const rerun = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(rerun.counts.reused).toBe(inputs.length);

    writeFileSync(inputs[0].path, readFileSync(inputs[0].path, 'utf8') + '\n（修订）\n');
    cli(args);
    const third = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(third.counts.reused).toBe(inputs.length - 1);
    expect(third.inputs[0].reused).toBeUndefined();
    expect(documentPaths(readFileSync(part, 'utf8'))).toEqual(inputs.map((e) => e.path));
  });

  it('a rerun of per-input json files skips unchanged inputs and redoes a deleted output', () => {
    const dir = corpus(3);
    const out = tempDir('rerun-json');
    cli(['parse', dir, '--out', out, '-q']);
    const files = readdirSync(out).filter((f) => f !== 'manifest.json').sort();
    expect(files).toEqual(['doc-000.json', 'doc-001.json', 'doc-002.json']);
    writeFileSync(join(out, 'doc-001.json'), 'tampered but kept: the input did not change');
    copyFileSync(join(out, 'doc-000.json'), join(dir, 'unrelated.json')); // not *.txt: not an input
    rmSync(join(out, 'doc-002.json'));
    cli(['parse', dir, '--out', out, '-q']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs.map((e: { reused?: boolean }) => Boolean(e.reused))).toEqual([true, true, false]);
    expect(readFileSync(join(out, 'doc-001.json'), 'utf8')).toBe('tampered but kept: the input did not change');
    expect(JSON.parse(readFileSync(join(out, 'doc-002.json'), 'utf8')).source.path).toBe(join(dir, 'doc-002.txt'));
  });

  it('a rerun with the inputs in another order still writes every document of the part file', () => {
    const dir = corpus(12);
    const inShard1 = readdirSync(dir).sort().map((f) => join(dir, f)).filter((p) => shardOfPath(p, 2) === 1).slice(0, 3);
    expect(inShard1).toHaveLength(3);
    const out = tempDir('reorder');
    const run = (paths: string[]) => cli(['parse', ...paths, '--out', out, '-f', 'ndjson', '--shard', '1/2', '-q']);
    run(inShard1);
    const reversed = [...inShard1].reverse();
    expect(run(reversed).status).toBe(0);
    expect(documentPaths(readFileSync(join(out, 'part-1-of-2.ndjson'), 'utf8'))).toEqual(reversed);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest-1-of-2.json'), 'utf8'));
    expect(manifest.inputs.map((e: { reused?: boolean }) => Boolean(e.reused))).toEqual([true, false, false]);
  });
});
