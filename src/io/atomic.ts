import { createWriteStream, mkdirSync, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Temp files not yet renamed into place, so a signal or a crash can remove them.
 * Names match `*.tmp-*` (ignored by git).
 */
const pending = new Set<string>();

/** Remove every temp file still pending. Synchronous: it runs from signal and exit handlers. */
export function removePendingTempFiles(): void {
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Best effort: the process is going away.
    }
  }
  pending.clear();
}

let handlersInstalled = false;

/**
 * On SIGINT / SIGTERM remove temp files, then exit with 128 + signal number as shells expect.
 * Installed once, by the first atomic write or by a run that will write files; runs that only
 * print to stdout keep the default signal behaviour.
 */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', removePendingTempFiles);
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      removePendingTempFiles();
      process.exit(128 + number);
    });
  }
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * A file that appears at `path` complete or not at all: bytes go to a temp file in the same
 * folder (same filesystem, so rename is atomic), `commit()` renames it into place, `abort()`
 * removes it. Writes respect backpressure.
 */
export class AtomicFile {
  readonly path: string;
  readonly tempPath: string;
  private readonly stream: WriteStream;
  private failure: Error | null = null;
  private done = false;

  constructor(path: string) {
    installCleanupHandlers();
    mkdirSync(dirname(path), { recursive: true });
    this.path = path;
    this.tempPath = tempPathFor(path);
    // Opened now (not lazily by the stream) so a folder we cannot write to fails here, at once.
    const fd = openSync(this.tempPath, 'wx');
    pending.add(this.tempPath);
    this.stream = createWriteStream(this.tempPath, { fd });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          this.stream.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          this.stream.off('drain', onDrain);
          reject(error);
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
      pending.delete(this.tempPath);
    } catch (error) {
      this.discard();
      throw error;
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
    rmSync(this.tempPath, { force: true });
    pending.delete(this.tempPath);
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
