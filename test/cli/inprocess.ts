import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliStreams } from '../../src/cli/streams.js';
import type { CliResult } from './spawn.js';

/**
 * Run the CLI in this process (no node start-up, no bundle) with piped, non-terminal streams:
 * `main` takes its streams and environment, so a test needs no child process unless it is about
 * the process itself (signals, exit on a closed pipe).
 */
export async function runCli(
  args: string[],
  options: { input?: string | Uint8Array; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end(options.input ?? '');
  const sink = (into: string[]) =>
    Object.assign(new PassThrough(), {
      isTTY: false,
      write: (s: string | Uint8Array) => (into.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true),
    });
  const io = { stdin, stdout: sink(out), stderr: sink(err), env: options.env ?? {} } as unknown as CliStreams;
  const status = await main(['node', 'policy-parse', ...args], io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}
