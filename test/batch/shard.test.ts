import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOfPath } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

describe('shards', () => {
  it('parses i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '2', '-1/3'])('rejects %s as a usage error', (spec) => {
    expect(() => parseShard(spec)).toThrow(UsageError);
  });

  it('splits paths into disjoint shards that cover everything, the same way every time', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `corpus/city-${i}/plan.txt`);
    const shards = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const part of shards) expect(part.length).toBeGreaterThan(25); // roughly even: 50 each expected
    expect(paths.map((p) => shardOfPath(p, 4))).toEqual(paths.map((p) => shardOfPath(p, 4)));
  });

  it('keeps a path in its shard when other paths come and go', () => {
    expect(shardOfPath('a/b.txt', 7)).toBe(shardOfPath('a/b.txt', 7));
    expect(inShard('anything', null)).toBe(true);
  });
});
