import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS } from '../helpers/fixtures.js';
import { tempDir } from './spawn.js';
import { runCli } from './inprocess.js';
import { shardOfPath } from '../../src/batch/shard.js';

const PLAN = join(FIXTURES, 'cli', 'elderly-care.txt');
const sources = [...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)), PLAN];

/** Two folders holding files of the same names with different texts. */
function folders(n: number): { a: string; b: string } {
  const root = tempDir('ab');
  const a = join(root, 'A');
  const b = join(root, 'B');
  mkdirSync(a);
  mkdirSync(b);
  for (let i = 0; i < n; i++) {
    const name = `doc-${i}.txt`;
    const text = readFileSync(sources[i % sources.length], 'utf8');
    writeFileSync(join(a, name), `${text}\n（甲${i}）\n`);
    writeFileSync(join(b, name), `${text}\n（乙${i}）\n`);
  }
  return { a, b };
}

/** Which of doc-0 … doc-3 fall in shard 1 of 2 (fixed: the key is the path below the input folder). */
const SHARD_1_OF_2 = ['doc-0.txt', 'doc-1.txt', 'doc-2.txt', 'doc-3.txt'].filter((name) => shardOfPath(name, 2) === 1);

const manifestOf = (out: string, name = 'manifest.json') => JSON.parse(readFileSync(join(out, name), 'utf8'));
const sha256s = (out: string, name?: string) => manifestOf(out, name).inputs.map((e: { sha256: string }) => e.sha256);

describe('reruns never keep another input\'s output', () => {
  it('folder B overwrote the outputs of folder A (its manifest lost): the rerun of A reparses them', async () => {
    const { a, b } = folders(3);
    const out = tempDir('ab-out');
    expect((await runCli(['parse', a, '--out', out, '-q'])).status).toBe(0);
    const manifestA = readFileSync(join(out, 'manifest.json'));
    // A run of B into the same folder (same output names), then killed before its manifest: A's is what remains.
    expect((await runCli(['parse', b, '--out', out, '-q'])).status).toBe(0);
    writeFileSync(join(out, 'manifest.json'), manifestA);

    const rerun = await runCli(['parse', a, '--out', out]);
    expect(rerun.stderr).toMatch(/^3 documents, \d+ targets, 0 failed in/);
    expect(manifestOf(out).counts.reused).toBe(0);
    for (const [i, sha256] of sha256s(out).entries()) {
      const doc = JSON.parse(readFileSync(join(out, `doc-${i}.json`), 'utf8'));
      expect(doc.source).toMatchObject({ path: join(a, `doc-${i}.txt`), sha256 });
    }
    // And the rerun after that keeps all three, byte for byte.
    expect((await runCli(['parse', a, '--out', out])).stderr).toMatch(/, 3 unchanged in /);
  });

  it('a per-input output edited after the run is reparsed, not kept', async () => {
    const { a } = folders(2);
    const out = tempDir('ab-edit');
    await runCli(['parse', a, '--out', out, '-q']);
    const original = readFileSync(join(out, 'doc-1.json'), 'utf8');
    writeFileSync(join(out, 'doc-1.json'), original.replace('"schemaVersion": 1', '"schemaVersion": 1 '));
    await runCli(['parse', a, '--out', out, '-q']);
    expect(manifestOf(out).inputs.map((e: { reused?: boolean }) => Boolean(e.reused))).toEqual([true, false]);
    expect(readFileSync(join(out, 'doc-1.json'), 'utf8')).toBe(original);
  });

  it('an ndjson part holding folder B\'s records is not reused for folder A', async () => {
    const { a, b } = folders(4);
    const out = tempDir('ab-part');
    const args = (dir: string) => ['parse', dir, '--out', out, '-f', 'ndjson', '--shard', '1/2', '-q'];
    const manifestName = 'manifest-1-of-2.json';
    await runCli(args(a));
    const manifestA = readFileSync(join(out, manifestName));
    await runCli(args(b));
    writeFileSync(join(out, manifestName), manifestA);
    await runCli(args(a));
    const manifest = manifestOf(out, manifestName);
    // Shards hash the path relative to the folder given: doc-0 … doc-3 split the same way in every temp folder.
    expect(manifest.inputs.map((e: { path: string }) => e.path)).toEqual(SHARD_1_OF_2.map((name) => join(a, name)));
    expect(manifest.counts.reused).toBe(0);
    const records = readFileSync(join(out, 'part-1-of-2.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const docs = records.filter((r) => r.type === 'document');
    expect(docs.map((d) => d.sha256)).toEqual(sha256s(out, manifestName));
    expect(docs.map((d) => d.path)).toEqual(SHARD_1_OF_2.map((name) => join(a, name)));
  });

  it('a manifest from before output digests were recorded reuses nothing', async () => {
    const { a } = folders(2);
    const out = tempDir('ab-legacy');
    await runCli(['parse', a, '--out', out, '-q']);
    const manifest = manifestOf(out);
    for (const entry of manifest.inputs) delete entry.outputSha256;
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
    await runCli(['parse', a, '--out', out, '-q']);
    expect(manifestOf(out).counts.reused).toBe(0);
  });
});

