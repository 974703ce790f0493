import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/fixtures.js';

/** The built binary: `npm test` builds first; for a lone `vitest run`, run `npm run build` before. */
export const CLI = join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli.js ...args` with stdout and stderr piped (so not a terminal). */
export function cli(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `pdp-${label}-`));

/** Leftover temp files of atomic writes anywhere under `dir`. */
export const TEMP_FILE = /\.tmp-\d+-[0-9a-f]+$/;
