// Cores and streaming (issue 15): `npm run bench:cores` (builds first) or `node bench/cores.mjs`.
// Same conventions as bench.mjs: a synthetic corpus (bench/corpus.mjs), figures are medians of
// interleaved rounds (every command once per round, in turn, so machine load hits them alike),
// ratios are taken round by round; every sample is kept in bench/cores-results.json.
//
//   --runs N    rounds (default 5)
//   --docs N    corpus size (default 1000)
//   --quick     3 rounds, 200 documents (indicative only)
//
// Measures
//   1. `--jobs 2` (and `--jobs <cores>`) against `--jobs 1` on the corpus, `--out DIR -f ndjson`;
//   2. the machine's own ceiling at that moment: a pure CPU loop on 2 threads against 1 (on a
//      shared machine the second core is often not free, and no program can beat that ratio);
//   3. where each thread's CPU goes (Linux: /proc/<pid>/task/*/stat polled every 10 ms): the main
//      thread's share, and from it how a pool would grow with more cores;
//   4. `parse --records` (NDJSON text records on stdin, records out on stdout) against a direct
//      batch run of the same documents (`--jobs 1`, to stdout and to `--out DIR`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.mjs';
import { median, runMeasured } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const NODE = process.execPath;
const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' }, docs: { type: 'string' } } });
const RUNS = Number(flags.runs ?? (flags.quick ? 3 : 5));
const DOCS = Number(flags.docs ?? (flags.quick ? 200 : 1000));
const CORES = availableParallelism();
const log = (line = '') => process.stderr.write(line + '\n');
const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

if (!existsSync(CLI)) {
  log('bench: dist/cli.js is missing; run `npm run bench:cores` (it builds first).');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'policy-cores-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const corpus = join(tmp, 'corpus');
generateCorpus({ seedsDir: join(ROOT, 'seeds'), dir: corpus, count: DOCS });
const records = join(tmp, 'records.ndjson');
{
  const fd = openSync(records, 'w');
  for (const name of readdirSync(corpus).sort()) writeSync(fd, JSON.stringify({ id: name, path: name, text: readFileSync(join(corpus, name), 'utf8') }) + '\n');
  closeSync(fd);
}

// A fixed amount of pure CPU work on N threads: the machine's parallel ceiling right now.
const LOOP = join(tmp, 'loop.mjs');
writeFileSync(LOOP, `import { Worker } from 'node:worker_threads';
const body = 'let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) % 1000003; require("node:worker_threads").parentPort.postMessage(x);';
const n = Number(process.argv[2]);
const jobs = Array.from({ length: n }, () => new Promise((done) => new Worker(body, { eval: true }).on('message', done)));
await Promise.all(jobs);
`);

const out = (key) => join(tmp, `out-${key}`);
const batch = (key, jobs) => [NODE, [CLI, 'parse', corpus, '--out', out(key), '-f', 'ndjson', '--jobs', String(jobs), '-q']];
const commands = {
  jobs1: batch('jobs1', 1),
  jobs2: batch('jobs2', 2),
  ...(CORES > 2 ? { [`jobs${CORES}`]: batch(`jobs${CORES}`, CORES) } : {}),
  loop1: [NODE, [LOOP, '1']],
  loop2: [NODE, [LOOP, '2']],
  records: ['sh', ['-c', `exec "${NODE}" "${CLI}" parse --records < "${records}"`]],
  batchStdout: [NODE, [CLI, 'parse', corpus, '-f', 'ndjson', '--jobs', '1', '-q']],
};

const samples = Object.fromEntries(Object.keys(commands).map((key) => [key, []]));
for (let round = 0; round <= RUNS; round++) {
  process.stderr.write(`\r  round ${round + 1}/${RUNS + 1}${round === 0 ? ' (warm-up, not counted)' : ''}   `);
  for (const [key, [command, args]] of Object.entries(commands)) {
    rmSync(out(key), { recursive: true, force: true }); // a rerun into the same folder would reuse everything
    const result = await runMeasured(command, args, { cwd: ROOT, tmpDir: tmp });
    if (result.code !== 0) log(`\n${key} exited ${result.code}: ${result.stderr.trim().split('\n').slice(-2).join(' / ')}`);
    if (round > 0) samples[key].push(result);
  }
}
log();

const ms = (key) => median(samples[key].map((s) => s.ms));
const ratio = (slow, fast) => median(samples[slow].map((s, i) => s.ms / samples[fast][i].ms));

/** Per-thread CPU seconds of one run: the main thread (tid = pid), and the others. Linux only. */
function threadCpu(command, args) {
  return new Promise((done) => {
    if (!existsSync('/proc/self/task')) return done(null);
    const child = spawn(command, args, { cwd: ROOT, stdio: 'ignore' });
    const seen = new Map();
    const hz = 100; // USER_HZ
    const poll = () => {
      try {
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          try {
            const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / hz);
          } catch {
            // the thread ended between listing and reading
          }
        }
      } catch {
        // the process ended
      }
    };
    const timer = setInterval(poll, 10);
    child.on('exit', () => {
      clearInterval(timer);
      const main = seen.get(child.pid) ?? 0;
      const others = [...seen].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
      done({ main, others, total: main + others.reduce((a, b) => a + b, 0) });
    });
  });
}

rmSync(out('cpu1'), { recursive: true, force: true });
const cpu1 = await threadCpu(...batch('cpu1', 1));
rmSync(out('cpu2'), { recursive: true, force: true });
const cpu2 = await threadCpu(...batch('cpu2', 2));

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model?.trim(), cores: CORES, node: process.version, loadAverage: loadavg().map((v) => Number(v.toFixed(2))) },
  docs: DOCS,
  runs: RUNS,
  ms: Object.fromEntries(Object.keys(commands).map((key) => [key, ms(key)])),
  speedup: { jobs2: ratio('jobs1', 'jobs2'), ...(CORES > 2 ? { [`jobs${CORES}`]: ratio('jobs1', `jobs${CORES}`) } : {}), machineCeiling2: 2 * ratio('loop1', 'loop2') },
  recordsVsBatch: { stdout: ratio('batchStdout', 'records'), outDir: ratio('jobs1', 'records') },
  threadCpu: { jobs1: cpu1, jobs2: cpu2 },
  samples: Object.fromEntries(Object.entries(samples).map(([key, list]) => [key, list.map((s) => ({ ms: Number(s.ms.toFixed(1)), peakRssMb: Number(s.peakRssMb.toFixed(1)), code: s.code }))])),
};

// How a pool would grow, from the measured CPU split (a model, not a measurement): the main
// thread must handle every document (D × m seconds), the workers share the parsing (the CPU of
// a --jobs 1 run, c) plus each extra worker's own start-up and JIT warm-up (f: the CPU --jobs 2
// spends beyond --jobs 1). On W free cores with W workers: t(W) ≈ s + max(D·m, (c + (W − 1)·f) / W),
// s the process start-up (the 1-document time of bench.mjs, ~0.13 s).
let projection = null;
if (cpu1 && cpu2) {
  const start = 0.13;
  const c = cpu1.total;
  const f = Math.max(0, cpu2.total - cpu1.total);
  const mainShare = cpu2.main / cpu2.total;
  const t1 = start + c;
  projection = [1, 2, 4, 8, 16].map((w) => {
    const t = start + Math.max(cpu2.main, (c + (w - 1) * f) / w);
    return { workers: w, seconds: Number(t.toFixed(2)), speedup: Number((t1 / t).toFixed(2)) };
  });
  results.model = { start, cpuJobs1: c, extraPerWorker: f, mainThreadSeconds: cpu2.main, mainShare, projection };
}
writeFileSync(join(ROOT, 'bench', 'cores-results.json'), JSON.stringify(results, null, 2) + '\n');

const rows = [
  [`corpus ${DOCS} docs, --jobs 1`, `${fmt(ms('jobs1') / 1000)} s`, `${fmt(DOCS / (ms('jobs1') / 1000), 0)} docs/s`],
  [`corpus ${DOCS} docs, --jobs 2`, `${fmt(ms('jobs2') / 1000)} s`, `speed-up ${fmt(results.speedup.jobs2)}× (median of per-round ratios)`],
  ...(CORES > 2 ? [[`corpus ${DOCS} docs, --jobs ${CORES}`, `${fmt(ms(`jobs${CORES}`) / 1000)} s`, `speed-up ${fmt(results.speedup[`jobs${CORES}`])}×`]] : []),
  ['machine ceiling: pure CPU loop, 2 threads vs 1', `${fmt(results.speedup.machineCeiling2)}×`, 'same rounds; 2.00× on two free cores'],
  [`parse --records, ${DOCS} text records`, `${fmt(ms('records') / 1000)} s`, `${fmt(DOCS / (ms('records') / 1000), 0)} records/s`],
  ['  vs batch --jobs 1 to stdout', `${fmt(results.recordsVsBatch.stdout)}×`, 'throughput ratio (>1: records faster)'],
  ['  vs batch --jobs 1 --out DIR', `${fmt(results.recordsVsBatch.outDir)}×`, 'throughput ratio'],
];
if (cpu1 && cpu2) {
  rows.push(['CPU --jobs 1: main / other threads', `${fmt(cpu1.main)} / ${fmt(cpu1.total - cpu1.main)} s`, 'other: V8 GC and compiler threads']);
  rows.push(['CPU --jobs 2: main / workers / other', `${fmt(cpu2.main)} / ${fmt(cpu2.others.slice(0, 2).reduce((a, b) => a + b, 0))} / ${fmt(cpu2.total - cpu2.main - cpu2.others.slice(0, 2).reduce((a, b) => a + b, 0))} s`, `main thread ${fmt(100 * results.model.mainShare, 1)} % of ${fmt(cpu2.total)} s`]);
  rows.push(['extra CPU per worker (start-up, JIT warm-up)', `${fmt(results.model.extraPerWorker)} s`, '--jobs 2 CPU minus --jobs 1 CPU']);
  rows.push(['model: speed-up on W free cores, W = 1 2 4 8 16', projection.map((p) => `${fmt(p.speedup)}×`).join(' '), `limit 1/main share; main thread ${fmt((1000 * cpu2.main) / DOCS, 2)} ms/doc`]);
}
const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`${DOCS} documents, ${RUNS} rounds, ${CORES} cores, load ${results.machine.loadAverage.join(' ')}, Node ${process.version}`);
for (const [a, b, c] of rows) console.log(`| ${a.padEnd(width[0])} | ${b.padEnd(width[1])} | ${c} |`);
