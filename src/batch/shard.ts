import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** Shard `index` of `count`, 1-based as written on the command line (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** `"i/n"` → Shard, with 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard wants i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${value}"`);
  }
  return { index, count };
}

/**
 * The shard (1-based) a path belongs to: a hash of the path as given, so the split is the same
 * on every machine and does not move when other files are added or removed.
 */
export function shardOfPath(path: string, count: number): number {
  const digest = createHash('sha256').update(path).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard | null): boolean {
  return !shard || shard.count === 1 || shardOfPath(path, shard.count) === shard.index;
}
