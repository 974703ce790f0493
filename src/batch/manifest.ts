import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
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
  /**
   * Output files still in the folder whose input no longer exists (deleted or moved), as found at
   * this run; they are reported, not deleted. Kept in later manifests while the files stay.
   */
  orphans?: Array<{ path: string; outputs: string[] }>;
}

/** File name of the manifest in the output folder; shards get their own so they can share one. */
export function manifestFileName(shard: Shard | null): string {
  return shard && shard.count > 1 ? `manifest-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

/**
 * The manifest's journal: while a batch runs, each finished input is appended as one JSON line,
 * so a batch killed half-way (any signal, a crash, a full disk) leaves a record of what it
 * completed and the rerun reuses it. Removed once the manifest is written.
 */
export function journalFileName(shard: Shard | null): string {
  return manifestFileName(shard).replace(/\.json$/, '.journal.ndjson');
}

/** 16 hex naming the tool build, schema and output settings: journal lines of another run setup are ignored. */
export function runFingerprint(current: Pick<Manifest, 'tool' | 'schemaVersion' | 'settings'>): string {
  const { tool, schemaVersion, settings } = current;
  return createHash('sha256').update(JSON.stringify({ tool, schemaVersion, settings })).digest('hex').slice(0, 16);
}

/**
 * Appends entries to the journal, one line per write (O_APPEND), best effort: the manifest is the
 * record. Opened at the first entry, so a run stopped before finishing any input leaves none.
 */
export class Journal {
  private fd: number | null = null;
  private failed = false;
  constructor(
    readonly path: string,
    private readonly fingerprint: string,
  ) {}

  append(entry: ManifestInput): void {
    if (this.failed) return;
    try {
      this.fd ??= openSync(this.path, 'a');
      writeSync(this.fd, JSON.stringify({ run: this.fingerprint, ...entry }) + '\n');
    } catch {
      this.failed = true;
      this.close();
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Close and delete: the manifest now holds everything. */
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}

/** Entries of a journal written by a run with this fingerprint; a torn last line (kill mid-write) is skipped. */
export function readJournal(path: string, fingerprint: string): ManifestInput[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const entries: ManifestInput[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const { run, ...entry } = JSON.parse(line) as ManifestInput & { run?: string };
      if (run === fingerprint && typeof entry.path === 'string') entries.push(entry);
    } catch {
      // torn line
    }
  }
  return entries;
}

/**
 * What earlier runs into this folder left, by input path: the manifest's entries when it was
 * written by the same tool build, schema and settings, then the journal's (newer) over them.
 * Only candidates: a sink still checks each output's digest before keeping it.
 */
export function previousEntries(
  manifest: Manifest | null,
  journal: ManifestInput[],
  current: Pick<Manifest, 'tool' | 'schemaVersion' | 'settings'>,
): Map<string, ManifestInput> {
  const byPath = new Map<string, ManifestInput>();
  if (manifest && sameRun(manifest, current)) for (const entry of manifest.inputs) byPath.set(entry.path, entry);
  for (const entry of journal) byPath.set(entry.path, entry);
  return byPath;
}

function sameRun(previous: Pick<Manifest, 'tool' | 'schemaVersion' | 'settings'>, current: Pick<Manifest, 'tool' | 'schemaVersion' | 'settings'>): boolean {
  return (
    previous.tool.version === current.tool.version &&
    previous.tool.build === current.tool.build &&
    previous.schemaVersion === current.schemaVersion &&
    JSON.stringify(previous.settings) === JSON.stringify(current.settings)
  );
}

/** A previous entry that may be kept for input bytes `sha256`: it succeeded and recorded its output digest. */
export function reusable(entry: ManifestInput | undefined, sha256: string): ManifestInput | null {
  return entry && entry.status === 'ok' && entry.sha256 === sha256 && entry.outputSha256 ? entry : null;
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
  if (!previous || !sameRun(previous, current)) return null;
  return reusable(previous.inputs.find((e) => e.path === path), sha256);
}

export function manifestToJson(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}
