import { closeSync, createWriteStream, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { asOutputError, makeFolder } from './output.js';

/**
 * Temp files not yet renamed into place, so a signal or a crash can remove them.
 * Names match `*.tmp-*` (ignored by git).
 */
const pending = new Map<string, string | null>();

/**
 * Remove every temp file still pending (or, for a file opened with `salvage`, move it there for
 * the next run to reuse what it holds). Synchronous: it runs from signal and exit handlers.
 */
export function removePendingTempFiles(): void {
  for (const [path, salvage] of pending) {
    try {
      if (salvage) renameSync(path, salvage);
      else rmSync(path, { force: true });
    } catch {
      try {
        rmSync(path, { force: true });
      } catch {
        // Best effort: the process is going away.
      }
    }
  }
  pending.clear();
  detachSignalHandlers();
}

const SIGNALS = [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const;
const handlers = new Map<string, () => void>(
  SIGNALS.map(([signal, number]) => [
    signal,
    () => {
      removePendingTempFiles();
      process.exit(128 + number);
    },
  ]),
);
let attached = false;
let exitHookInstalled = false;

/**
 * SIGINT / SIGTERM / SIGHUP handlers are attached only while a temp file exists: they remove it
 * and exit with 128 + signal number, as shells expect. With no temp file there is nothing to
 * clean, and Node's default action ends the process at once even while JavaScript is busy (a
 * handler could only run after the current parse). Long parses that run while a temp file is
 * open (a part or table file) happen on a worker thread (batch/pool.ts), so a handler runs at once.
 */
function attachSignalHandlers(): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', removePendingTempFiles);
  }
  if (attached) return;
  attached = true;
  for (const [signal, handler] of handlers) process.on(signal, handler);
}

function detachSignalHandlers(): void {
  if (!attached) return;
  attached = false;
  for (const [signal, handler] of handlers) process.off(signal, handler);
}

/** Whether the cleanup handlers are attached now (for tests). */
export function signalHandlersAttached(): boolean {
  return attached;
}

function track(path: string, salvage: string | null = null): void {
  pending.set(path, salvage);
  attachSignalHandlers();
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) detachSignalHandlers();
}

/** 8 hex naming this machine in temp file names: a pid is only meaningful on the host that made it. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** `.name.tmp-<pid>-<host tag><random>`: the pid and host let a later run tell a dead writer's leftovers. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${HOST_TAG}${randomBytes(4).toString('hex')}`);
}

const TEMP_NAME = /^\..+\.tmp-(\d+)-([0-9a-f]{8})?([0-9a-f]{8})$/;

/** Temp files of other hosts (a shared folder) are removed only when untouched this long. */
export const FOREIGN_TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temp files a killed writer (SIGKILL, power loss) left in `folder`: those made on
 * this host by a process that no longer runs, and those of other hosts untouched for a day
 * (their writer may still be running on a shared folder). `forFile` limits it to one output
 * file's temp files (`-o FILE`). Returns the names removed. Never throws.
 */
export function removeStaleTempFiles(folder: string, forFile?: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of staleTempFiles(folder, forFile, now)) {
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Names of the stale temp files in `folder` (see removeStaleTempFiles), oldest first. */
export function staleTempFiles(folder: string, forFile?: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const prefix = forFile ? `.${basename(forFile)}.tmp-` : '.';
  const stale: Array<{ name: string; mtime: number }> = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || !name.startsWith(prefix)) continue;
    const path = join(folder, name);
    if (pending.has(path)) continue;
    const sameHost = match[2] === undefined || match[2] === HOST_TAG;
    try {
      const mtime = statSync(path).mtimeMs;
      if (sameHost ? !processAlive(Number(match[1])) : now - mtime > FOREIGN_TEMP_MAX_AGE_MS) stale.push({ name, mtime });
    } catch {
      // Gone meanwhile.
    }
  }
  return stale.sort((a, b) => a.mtime - b.mtime).map((s) => s.name);
}

/**
 * A file that appears at `path` complete or not at all: bytes go to a temp file in the same
 * folder (same filesystem, so rename is atomic), `commit()` renames it into place, `abort()`
 * removes it. Writes respect backpressure. Failures are OutputErrors naming `path`, never the
 * temp file.
 */
export class AtomicFile {
  readonly path: string;
  readonly tempPath: string;
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  private done = false;

  /**
   * `salvage`: where a signal or a crash handler moves the temp file instead of deleting it, for
   * files whose complete prefix a rerun can reuse (an ndjson part, see cli/sinks.ts). It is not an
   * output: the next run reads it, then deletes it.
   */
  constructor(path: string, options: { salvage?: string } = {}) {
    makeFolder(dirname(path));
    this.path = path;
    this.tempPath = tempPathFor(path);
    // Opened now (not lazily by the stream) so a folder we cannot write to fails here, at once.
    let fd: number;
    try {
      fd = openSync(this.tempPath, 'wx');
    } catch (error) {
      throw asOutputError(error, path);
    }
    track(this.tempPath, options.salvage ?? null);
    try {
      this.stream = createWriteStream(this.tempPath, { fd });
    } catch (error) {
      closeSync(fd);
      this.discard();
      throw asOutputError(error, path);
    }
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw asOutputError(this.failure, this.path);
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          this.stream.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          this.stream.off('drain', onDrain);
          reject(asOutputError(error, this.path));
        };
        this.stream.once('drain', onDrain);
        this.stream.once('error', onError);
      });
    }
  }

  /** Flush, then rename into place. */
  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await new Promise<void>((resolve, reject) => {
        if (this.failure) return reject(this.failure);
        this.stream.once('error', reject);
        this.stream.end(() => resolve());
      });
      renameSync(this.tempPath, this.path);
      untrack(this.tempPath);
    } catch (error) {
      this.discard();
      throw asOutputError(error, this.path);
    }
  }

  /** Drop the temp file; the target (if it existed before) is left untouched. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await new Promise<void>((resolve) => {
      if (this.stream.closed || this.stream.destroyed) return resolve();
      this.stream.once('close', () => resolve());
      this.stream.destroy();
    });
    this.discard();
  }

  private discard(): void {
    try {
      rmSync(this.tempPath, { force: true });
    } catch {
      // A folder gone read-only: the next run removes it (removeStaleTempFiles).
    }
    untrack(this.tempPath);
  }
}

/** Write a whole file atomically. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const file = new AtomicFile(path);
  try {
    await file.write(data);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/**
 * writeFileAtomic in one synchronous call, into a folder that exists: no event-loop round trips
 * (a batch writing one file per input spent its main thread waiting on them, and kept its
 * workers waiting on it). The temp file lives only within the call, so no signal handler can run
 * meanwhile; a SIGKILL leaves it to removeStaleTempFiles. Failures are OutputErrors naming `path`.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // A folder gone read-only: the next run removes it.
    }
    throw asOutputError(error, path);
  }
}
