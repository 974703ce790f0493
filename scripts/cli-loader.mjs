#!/usr/bin/env node
// Copied to dist/cli.js by scripts/bundle.mjs. Runs the bundled CLI (cli.cjs) as a vm script with
// the V8 code cache the build wrote beside it, so a one-file run skips most compiling (Node 20 has
// no module compile cache). A cache from another V8 is rejected by V8 and the code compiles as usual.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cache = `${bundle}.cache`;

export const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData: existsSync(cache) ? readFileSync(cache) : undefined,
});
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
export const cli = loaded.exports;

const entry = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli.main(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
