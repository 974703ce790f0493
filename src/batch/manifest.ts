import { readFileSync } from 'node:fs';
import type { Shard } from './shard.js';

/** What one input became in a run with `--out DIR`. */
export interface ManifestInput {
  path: string;
  /** sha256 of the input bytes; null when they could not be read. */
  sha256: string | null;
  status: 'ok' | 'failed';
  docId?: string;
  /** Files (relative to the output folder) holding this input's records. */
  outputs?: string[];
  /**
   * sha256 of the bytes this input contributed to its output: the whole file for one file per
   * input, its records' lines in a shared part file. A rerun keeps an output only when what is
   * there now still has this digest, so a file overwritten by another run is never reused.
   */
  outputSha256?: string;
  targets?: number;
  /** True when the output of an earlier run was kept because neither input nor tool changed. */
  reused?: boolean;
  code?: string;
  message?: string;
}

/**
 * The record of a run into an output folder: enough to audit it (tool and schema versions,
 * inputs with their sha256) and to make a rerun skip unchanged inputs. No timestamps, so a
 * rerun over the same inputs writes the same bytes.
 */
export interface Manifest {
  /** `build` fingerprints the code, so a rebuilt tool reparses even without a version bump. */
  tool: { name: string; version: string; build?: string };
  schemaVersion: number;
  /** Options that change the output; a rerun with other settings reparses everything. */
  settings: Record<string, string | number | boolean | null>;
  shard: Shard | null;
  counts: { inputs: number; documents: number; failed: number; reused: number; targets: number };
  inputs: ManifestInput[];
  failures: Array<{ path: string; code: string; message: string }>;
}

/** File name of the manifest in the output folder; shards get their own so they can share one. */
export function manifestFileName(shard: Shard | null): string {
  return shard && shard.count > 1 ? `manifest-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

/** A previous run's manifest, or null when absent or unreadable (then nothing is reused). */
export function readManifest(path: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return Array.isArray(manifest.inputs) && manifest.tool ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * The earlier entry for `path` when its output may be kept: same tool version and build, same schema
 * version, same output settings, same input bytes, it succeeded and recorded its output's digest.
 * The sink then checks that the output still has that digest (`Sink.canReuse`).
 */
export function reusableEntry(
  previous: Manifest | null,
  current: Pick<Manifest, 'tool' | 'schemaVersion' | 'settings'>,
  path: string,
  sha256: string,
): ManifestInput | null {
  if (!previous) return null;
  if (previous.tool.version !== current.tool.version || previous.tool.build !== current.tool.build) return null;
  if (previous.schemaVersion !== current.schemaVersion) return null;
  if (JSON.stringify(previous.settings) !== JSON.stringify(current.settings)) return null;
  const entry = previous.inputs.find((e) => e.path === path);
  return entry && entry.status === 'ok' && entry.sha256 === sha256 && entry.outputSha256 ? entry : null;
}

export function manifestToJson(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}
