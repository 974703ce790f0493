// In-process throughput, run as a child of bench.mjs so it starts from a clean heap:
// the seeds are parsed (and exported) repeatedly after a warm-up; each run reports MB/s of
// decoded text and milliseconds per stage. Prints one JSON object on stdout.
//   node bench/inprocess.mjs --seeds DIR --runs 7 --passes 20 --warmup 1500
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '7' },
    passes: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '1500' }, // ms of parsing before the first timed run (JIT)
  },
});
const runs = Number(values.runs);
const passes = Number(values.passes);
const warmup = Number(values.warmup);
const dist = resolve(values.dist);

const { parseDocument, decode } = await import(join(dist, 'index.js'));

// Export: the NDJSON serializer when it exists (what `--format ndjson` writes), else JSON.stringify.
let exporter = { name: 'JSON.stringify (no dist/export/ndjson.js)', run: (doc) => JSON.stringify(doc) };
const ndjsonPath = join(dist, 'export', 'ndjson.js');
if (existsSync(ndjsonPath)) {
  const ndjson = await import(ndjsonPath);
  if (typeof ndjson.documentToNdjson === 'function') {
    exporter = { name: 'documentToNdjson (dist/export/ndjson.js)', run: ndjson.documentToNdjson };
  }
}

const inputs = readdirSync(values.seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(values.seeds, name));
    const text = decode(bytes).text;
    return { path: join(values.seeds, name), bytes, textBytes: Buffer.byteLength(text, 'utf8'), chars: text.length };
  });

const STAGES = ['decode', 'segment', 'structure', 'targets', 'responsibilities', 'validate', 'export'];

function pass(timings) {
  let out = 0;
  for (const input of inputs) {
    const doc = parseDocument(input.bytes, { path: input.path, timings });
    const started = performance.now();
    out += exporter.run(doc).length;
    timings.export = (timings.export ?? 0) + performance.now() - started;
  }
  return out;
}

// Warm up by time, not by count: the optimising JIT needs a few hundred documents.
const warmupStarted = performance.now();
let warmupPasses = 0;
while (performance.now() - warmupStarted < warmup || warmupPasses < 3) {
  pass({});
  warmupPasses += 1;
}

const results = [];
for (let r = 0; r < runs; r++) {
  const timings = {};
  const started = performance.now();
  let exported = 0;
  for (let p = 0; p < passes; p++) exported += pass(timings);
  const ms = performance.now() - started;
  const documents = passes * inputs.length;
  const textBytes = passes * inputs.reduce((sum, input) => sum + input.textBytes, 0);
  const staged = STAGES.reduce((sum, stage) => sum + (timings[stage] ?? 0), 0);
  results.push({
    ms,
    documents,
    textBytes,
    mbPerSecond: textBytes / 1e6 / (ms / 1000),
    // Per document, so runs of any size compare; "other" is what no stage timer covers (hashing, assembly).
    stageMsPerDoc: Object.fromEntries(
      [...STAGES.map((stage) => [stage, (timings[stage] ?? 0) / documents]), ['other', (ms - staged) / documents]],
    ),
    exportedChars: exported,
  });
}

process.stdout.write(
  JSON.stringify({
    exporter: exporter.name,
    seeds: inputs.length,
    seedTextBytes: inputs.reduce((sum, input) => sum + input.textBytes, 0),
    seedChars: inputs.reduce((sum, input) => sum + input.chars, 0),
    passes,
    warmupMs: warmup,
    warmupDocuments: warmupPasses * inputs.length,
    runs: results,
  }) + '\n',
);
