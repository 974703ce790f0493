#!/usr/bin/env node
// Mutation fuzz over the bundled real and seed documents: every mutant must parse without a crash
// (a PolicyParseError with a PDP_ code is a clean refusal), give a schema-valid document and spans
// that slice back. Seeded, so a failure replays: `node scripts/fuzz.mjs [count] [seed]`.
//
// Mutations are the damage real copies show: lost or doubled line breaks, bare CR, text cut or
// repeated, markers and numerals dropped in, brackets unbalanced, huge numbers, NUL and stray
// bytes, a BOM in the middle, non-BMP characters.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 2000);
let seed = Number(process.argv[3] ?? 20261202);
const { parseDocument, Document } = await import(join(ROOT, 'dist', 'index.js'));

function random() {
  // mulberry32: small, seeded, good enough to pick mutations.
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const at = (text) => Math.floor(random() * (text.length + 1));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(txt|md)$/.test(name) && !/README/.test(name) ? [path] : [];
  });
}

const corpus = [join(ROOT, 'seeds'), join(ROOT, 'fixtures', 'real'), join(ROOT, 'fixtures', 'realdocs'), join(ROOT, 'fixtures', 'unseen2')]
  .flatMap(walk)
  .map((path) => readFileSync(path, 'utf8'));

const INSERTS = ['一、', '（一）', '1.', '（1）', '①', '三、', '附件', '序号\t牵头单位\t配合单位', '（责任单位：', '牵头单位：', '到2025年', '达到', '%', '亿亿亿元',
  '9'.repeat(400), '〔2021〕', '号', '：', '。', '“', '）', '(', '\t', '\r', '\n\n\n', '\u2028', '\u0000', '\uFEFF', '𠮷', '\uFFFD', '**', '| 文 号 |', '=SUM(A1)'];

const MUTATIONS = {
  flatten: (t) => t.replace(/\r?\n/g, ''),
  spaces: (t) => t.replace(/\n/g, ' '),
  bareCr: (t) => t.replace(/\n/g, '\r'),
  cut: (t) => { const a = at(t); return t.slice(0, a) + t.slice(a + Math.floor(random() * 400)); },
  repeat: (t) => { const a = at(t); const piece = t.slice(a, a + Math.floor(random() * 300)); return t.slice(0, a) + piece.repeat(2 + Math.floor(random() * 5)) + t.slice(a); },
  insert: (t) => { let out = t; for (let i = 0; i < 1 + random() * 20; i++) { const a = at(out); out = out.slice(0, a) + pick(INSERTS) + out.slice(a); } return out; },
  truncate: (t) => t.slice(0, at(t)),
  shuffleLines: (t) => t.split('\n').sort(() => random() - 0.5).join('\n'),
  digits: (t) => t.replace(/[0-9]/g, () => String(Math.floor(random() * 10))),
};

let crashes = 0;
let refused = 0;
let spans = 0;
const started = performance.now();
for (let i = 0; i < count; i++) {
  const source = pick(corpus);
  const names = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(Object.keys(MUTATIONS)));
  const text = names.reduce((t, name) => MUTATIONS[name](t), source);
  const asBytes = random() < 0.2;
  const input = asBytes ? new TextEncoder().encode(text) : text;
  try {
    const doc = parseDocument(input, { path: `mutant-${i}.txt` });
    const valid = Document.safeParse(doc);
    if (!valid.success) throw new Error(`schema: ${valid.error.message.slice(0, 200)}`);
    const decoded = asBytes ? text.replace(/^\uFEFF/, '') : text.replace(/^\uFEFF/, '');
    for (const t of doc.targets) { spans++; if (decoded.slice(t.start, t.end) !== t.text) throw new Error(`target span ${t.start}-${t.end} does not slice back`); }
    for (const r of doc.responsibilities) { spans++; if (decoded.slice(r.start, r.end) !== r.raw) throw new Error(`list span ${r.start}-${r.end} does not slice back`); }
  } catch (error) {
    if (error && typeof error.code === 'string' && error.code.startsWith('PDP_') && error.code !== 'PDP_INTERNAL' && error.code !== 'PDP_SCHEMA_INVALID') {
      refused++;
      continue;
    }
    crashes++;
    console.log(`mutant ${i} (${names.join('+')}): ${error?.stack?.split('\n').slice(0, 3).join(' | ') ?? error}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`${count} mutants of ${corpus.length} documents: ${crashes} crashes, ${refused} refused with a PDP code, ${spans} spans sliced back, ${seconds.toFixed(1)} s`);
process.exitCode = crashes ? 1 : 0;
