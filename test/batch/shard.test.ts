import { describe, expect, it } from 'vitest';
import { inShard, parseShard, resolveShard, shardOfPath } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

describe('shards', () => {
  it('parses i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '2', '-1/3', 'auto/0', 'auto', 'auto/x'])('rejects %s as a usage error', (spec) => {
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

  it('auto/n takes the 0-based task index of an array job from the environment', () => {
    const auto = parseShard('auto/4');
    expect(auto).toEqual({ auto: true, count: 4 });
    expect(resolveShard(auto, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, count: 4 });
    expect(resolveShard(auto, { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
    expect(resolveShard(auto, { AWS_BATCH_JOB_ARRAY_INDEX: '2' })).toEqual({ index: 3, count: 4 });
    // SLURM numbers tasks as the --array range says: counted from SLURM_ARRAY_TASK_MIN.
    expect(resolveShard(auto, { SLURM_ARRAY_TASK_ID: '2' })).toEqual({ index: 3, count: 4 });
    expect(resolveShard(auto, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({ index: 4, count: 4 });
    expect(resolveShard({ index: 2, count: 3 }, {})).toEqual({ index: 2, count: 3 });
  });

  it.each([
    [{}, /needs the task index in JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX/],
    [{ JOB_COMPLETION_INDEX: '4' }, /JOB_COMPLETION_INDEX=4 gives task 4, outside 0…3/],
    [{ SLURM_ARRAY_TASK_ID: 'x' }, /SLURM_ARRAY_TASK_ID="x" is not a task index/],
    [{ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '1' }, /gives task -1/],
  ])('auto/4 with %j is a usage error', (env, message) => {
    expect(() => resolveShard({ auto: true, count: 4 }, env)).toThrow(message);
  });
});
