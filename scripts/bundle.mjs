// After tsc: bundle what starts a process or a thread, because Node 20 loads a hundred small ES
// modules slowly and a one-document run is mostly start-up.
// - dist/cli.cjs: the CLI as one CommonJS file, run by dist/cli.js (scripts/cli-loader.mjs) through
//   vm.Script with a V8 code cache written here after a warm-up parse of the seeds;
// - dist/batch/worker.js: the pool's worker as one ES module.
import { copyFileSync, chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // piscina spawns threads from its own files; jieba-wasm loads its .wasm beside its module.
  // The format readers' libraries are required on first use, from node_modules.
  external: ['piscina', 'jieba-wasm', 'htmlparser2', 'fflate', 'unpdf'],
  // Whitespace and syntax only: names stay for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['dist/cli/bundle-entry.js'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-shim.js'],
});

await build({
  ...common,
  entryPoints: ['dist/batch/worker.js'],
  outfile: 'dist/batch/worker.js',
  allowOverwrite: true,
  format: 'esm',
  // Bundled CommonJS dependencies call require(): give the ES module one.
  banner: { js: "import { createRequire as __pdpCreateRequire } from 'node:module'; const require = __pdpCreateRequire(import.meta.url);" },
});

// The report's browser script with the parts of Apache ECharts it draws with (graph, scatter,
// bar; canvas renderer): one file beside the pages, so they open from file:// with no network.
await build({
  entryPoints: ['src/report/browser/main.js'],
  outfile: 'dist/report/assets/report.js',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync('src/report/browser/report.css', 'dist/report/assets/report.css');

copyFileSync('scripts/cli-loader.mjs', 'dist/cli.js');
chmodSync('dist/cli.js', 0o755);

// The code cache holds bytecode for what has run, so run a parse of every seed first.
const { script, cli } = await import('../dist/cli.js');
if (existsSync('seeds')) {
  for (const name of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) cli.parseDocument(readFileSync(`seeds/${name}`));
}
writeFileSync('dist/cli.cjs.cache', script.createCachedData());

// The build fingerprint a manifest records, computed once here instead of on every run.
const { BUILD_INFO, computeFingerprint } = await import('../dist/cli/version.js');
writeFileSync(`dist/${BUILD_INFO}`, JSON.stringify({ fingerprint: computeFingerprint('dist') }) + '\n');
