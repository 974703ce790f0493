import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliStreams } from '../../src/cli/streams.js';

/** In-process streams; `tty` makes stdin look like a terminal. */
function streams(tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  const sink = (into: string[]) => Object.assign(new PassThrough(), { isTTY: false, write: (s: string) => (into.push(s), true) });
  return { io: { stdin, stdout: sink(out), stderr: sink(err) } as unknown as CliStreams, out, err };
}

const run = (args: string[], tty = false) => {
  const s = streams(tty);
  return main(['node', 'policy-parse', ...args], s.io).then((code) => ({ code, stdout: s.out.join(''), stderr: s.err.join('') }));
};

describe('makeProgram (in process)', () => {
  it('prints help on stderr and exits 2 for `parse` with no input and a terminal on stdin', async () => {
    const { code, stderr, stdout } = await run(['parse'], true);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: policy-parse parse \[options\] \[inputs\.\.\.\]/);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('parse [options] [inputs...]');
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('rejects -o with --out as a usage error', async () => {
    const { code, stderr } = await run(['parse', 'seeds', '-o', 'a.json', '--out', 'dir']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: give either -o FILE or --out DIR, not both\n');
  });
});
