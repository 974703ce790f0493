import { basename, extname } from 'node:path';
import { createHash } from 'node:crypto';

/** Base names the output folder keeps for itself. */
const RESERVED = /^(manifest|part-\d+-of-\d+)([-.].*)?$/i;

/**
 * One output stem per input path for `--out DIR`: the input's base name without extension,
 * unless another input has the same one (folders differ; compared case-insensitively for
 * case-insensitive filesystems) or it is a reserved name; then 8 hex of the path's sha256
 * are appended. Computed over the whole input list before sharding, so every shard agrees.
 */
export function outputStems(paths: readonly string[]): Map<string, string> {
  const stemOf = (path: string) => (path === '-' ? 'stdin' : basename(path, extname(path)));
  const seen = new Map<string, number>();
  for (const path of paths) {
    const key = stemOf(path).toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const stems = new Map<string, string>();
  for (const path of paths) {
    const stem = stemOf(path);
    const clash = (seen.get(stem.toLowerCase()) ?? 0) > 1 || RESERVED.test(stem) || stem === '';
    stems.set(path, clash ? `${stem}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}` : stem);
  }
  return stems;
}
