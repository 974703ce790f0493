// Bundle the two entry points that start a process or a thread (the CLI and the batch worker)
// into single files, over the tsc output in dist/. Node 20 loads a hundred small ES modules
// noticeably slower than one file, and a one-document run is mostly start-up.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/cli.js', 'batch/worker': 'dist/batch/worker.js' },
  outdir: 'dist',
  allowOverwrite: true,
  // Formats loaded by import() (yaml, csv) go to their own chunks, read only when asked for.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Whitespace and identifiers only: names stay for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // piscina spawns threads from its own files; jieba-wasm loads its .wasm beside its module.
  external: ['piscina', 'jieba-wasm'],
  // Bundled CommonJS dependencies call require(): give the ES module one.
  banner: { js: "import { createRequire as __pdpCreateRequire } from 'node:module'; const require = __pdpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The build fingerprint a manifest records, computed once here instead of on every run.
const { BUILD_INFO, computeFingerprint } = await import('../dist/cli/version.js');
writeFileSync(`dist/${BUILD_INFO}`, JSON.stringify({ fingerprint: computeFingerprint('dist') }) + '\n');
