// Benchmark of `report` and `diff` (npm run bench:report; a measurement, not a test).
// Goals: a report of the five seeds under 1 s (the CLI, start to exit); a diff of two
// 30,000-character plans under 200 ms (in process, parsing excluded; the CLI run is shown too).
// Every figure is the median of 7 runs.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, runMeasured } from './measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = 7;
const work = mkdtempSync(join(tmpdir(), 'pdp-bench-report-'));
const { parseDocument } = await import(join(ROOT, 'dist', 'index.js'));
const { diffDocuments } = await import(join(ROOT, 'dist', 'diff', 'index.js'));
const { documentPage, indexPage } = await import(join(ROOT, 'dist', 'report', 'index.js'));

const rows = [];
const row = (name, ms, goal, note = '') => rows.push({ name, ms, goal, note });

// 1. Report of the seeds, CLI start to exit.
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const cliRuns = [];
let peak = 0;
for (let i = 0; i < RUNS; i++) {
  const out = join(work, `report-${i}`);
  const run = await runMeasured(process.execPath, [CLI, 'report', 'seeds', '--out', out, '--quiet'], { cwd: ROOT, tmpDir: work });
  if (run.code !== 0) throw new Error(`report failed: ${run.stderr}`);
  cliRuns.push(run.ms);
  peak = Math.max(peak, run.peakRssMb || 0);
}
row(`CLI: report of the ${seeds.length} seeds`, median(cliRuns), 1000, `${peak.toFixed(0)} MB peak RSS`);

// The same in process: parse + pages, after a warm-up.
const inputs = seeds.map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
const buildPages = () => {
  const entries = inputs.map(({ path, text }, i) => ({ document: parseDocument(text, { path }), text, page: `${i}.html` }));
  let bytes = 0;
  for (const entry of entries) bytes += documentPage(entry).length;
  return bytes + indexPage(entries).length;
};
buildPages();
const inProcess = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  buildPages();
  inProcess.push(performance.now() - started);
}
row('library: parse + pages of the seeds', median(inProcess), null, 'warm');

// 2. Two 30,000-character plans: four seeds joined (numbering restarts in each, as in a long
// plan with parts), and an edited copy: a section inserted at the top, every third percentage
// raised by 5, the last unit of every fourth bracketed list removed.
const base = seeds.slice(0, 4).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')).join('\n');
let plan = base;
while (plan.length < 30000) plan += '\n' + base;
plan = plan.slice(0, 30000);
let percent = 0;
let list = 0;
const edited = plan
  .replace(/\n一、/, '\n一、总体要求\n坚持稳中求进，统筹推进各项工作。\n一、')
  .replace(/(\d+)%/g, (m, n) => (++percent % 3 === 0 ? `${Number(n) + 5}%` : m))
  .replace(/（(?:责任单位：)?([^（）\n]{2,80})、([^（）、\n]{2,20})）/g, (m, head) => (++list % 4 === 0 ? `（${head}）` : m));
writeFileSync(join(work, 'old.txt'), plan);
writeFileSync(join(work, 'new.txt'), edited);
const oldDoc = parseDocument(plan, { path: 'old.txt' });
const newDoc = parseDocument(edited, { path: 'new.txt' });
let changes = diffDocuments(oldDoc, newDoc);
for (let i = 0; i < 3; i++) changes = diffDocuments(oldDoc, newDoc);
const diffRuns = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  changes = diffDocuments(oldDoc, newDoc);
  diffRuns.push(performance.now() - started);
}
const sections = changes.sections;
row(
  `library: diff of two plans of ${plan.length.toLocaleString('en')} / ${edited.length.toLocaleString('en')} chars`,
  median(diffRuns), 200,
  `${changes.changes.length} changes; sections ${sections.old} → ${sections.new}, ${sections.matched} matched; ${oldDoc.targets.length} targets, ${oldDoc.responsibilities.length} lists`,
);
const diffCli = [];
for (let i = 0; i < RUNS; i++) {
  const run = await runMeasured(process.execPath, [CLI, 'diff', join(work, 'old.txt'), join(work, 'new.txt'), '-f', 'json'], { cwd: ROOT, tmpDir: work });
  if (run.code !== 0) throw new Error(`diff failed: ${run.stderr}`);
  diffCli.push(run.ms);
}
row('CLI: diff of the same two files (start, parse both, diff, write)', median(diffCli), null);
rmSync(work, { recursive: true, force: true });

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`node ${process.version}, ${RUNS} runs, medians; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
let failed = 0;
for (const r of rows) {
  const verdict = r.goal === null ? '' : r.ms <= r.goal ? `PASS (goal ≤ ${r.goal} ms)` : `FAIL (goal ≤ ${r.goal} ms)`;
  if (verdict.startsWith('FAIL')) failed++;
  console.log(`${r.name.padEnd(width)}  ${r.ms.toFixed(1).padStart(8)} ms  ${verdict}${r.note ? `  ${r.note}` : ''}`);
}
process.exitCode = failed ? 1 : 0;
