import { displayPath } from './lines.js';

/** Batch progress on stderr: one rewritten line, only when stderr is a terminal. */
export class Progress {
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private shown = false;

  constructor(enabled: boolean, stream: NodeJS.WriteStream = process.stderr) {
    this.stream = stream;
    this.enabled = enabled && Boolean(stream.isTTY);
  }

  update(done: number, total: number, path: string): void {
    if (!this.enabled) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    const line = `[${done}/${total}] ${displayPath(path)}`;
    this.stream.write(`\r\x1b[K${line.length > width ? '…' + line.slice(line.length - width + 1) : line}`);
    this.shown = true;
  }

  /** Clear the progress line so the next stderr line starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
