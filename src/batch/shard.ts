import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** Shard `index` of `count`, 1-based as written on the command line (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** `--shard auto/N`: the index comes from the array-job scheduler's environment at run time. */
export interface AutoShard {
  auto: true;
  count: number;
}

/**
 * Environment variables that hold an array job's task index, with the base of their numbering:
 * Kubernetes Indexed Jobs (0-based), SLURM job arrays (relative to SLURM_ARRAY_TASK_MIN, so
 * `--array=0-3` and `--array=1-4` both work), AWS Batch array jobs (0-based).
 */
export const SHARD_INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

/** `"i/n"` → Shard, with 1 ≤ i ≤ n; `"auto/n"` → AutoShard. */
export function parseShard(value: string): Shard | AutoShard {
  const auto = /^\s*auto\s*\/\s*(\d+)\s*$/i.exec(value);
  if (auto && Number(auto[1]) >= 1) return { auto: true, count: Number(auto[1]) };
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard wants i/n with 1 ≤ i ≤ n (e.g. 2/4) or auto/n, got "${value}"`);
  }
  return { index, count };
}

const isDecimal = (value: string | undefined): value is string => value !== undefined && /^\s*\d+\s*$/.test(value);

/**
 * The shard of `--shard auto/N` from the scheduler's environment: the first of
 * SHARD_INDEX_VARIABLES that is set gives the 0-based task index, so task k runs shard k+1 of N.
 * A usage error when none is set or the index is not below N.
 */
export function resolveShard(spec: Shard | AutoShard, env: NodeJS.ProcessEnv): Shard {
  if (!('auto' in spec)) return spec;
  for (const name of SHARD_INDEX_VARIABLES) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const min = name === 'SLURM_ARRAY_TASK_ID' && isDecimal(env.SLURM_ARRAY_TASK_MIN) ? Number(env.SLURM_ARRAY_TASK_MIN) : 0;
    if (!isDecimal(raw)) throw new UsageError(`--shard auto/${spec.count}: ${name}="${raw}" is not a task index`);
    const index = Number(raw) - min;
    if (index < 0 || index >= spec.count) {
      throw new UsageError(`--shard auto/${spec.count}: ${name}=${raw} gives task ${index}, outside 0…${spec.count - 1}`);
    }
    return { index: index + 1, count: spec.count };
  }
  throw new UsageError(`--shard auto/${spec.count} needs the task index in ${SHARD_INDEX_VARIABLES.join(', ')} (none is set)`);
}

/**
 * The shard (1-based) of a key: a hash, so the split is the same on every machine and does not
 * move when other files are added or removed. The key is an input's `shardKey` (its path below
 * the folder given, see io/inputs.ts), not the path as written.
 */
export function shardOfPath(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(key: string, shard: Shard | null): boolean {
  return !shard || shard.count === 1 || shardOfPath(key, shard.count) === shard.index;
}
