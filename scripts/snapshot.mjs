#!/usr/bin/env node
// Output snapshot of every bundled input (seeds, fixtures, held-out and real sets, pages and files), so that a
// refactor can show its output is byte-identical and a rule change can list exactly what moved.
//
//   node scripts/snapshot.mjs save  [FILE]   write the current dist/ output of every input to FILE
//   node scripts/snapshot.mjs check [FILE]   compare against FILE; print each changed document and field
//
// FILE defaults to snapshot.json in the OS temp folder: a snapshot belongs to one working session.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(import.meta.dirname, '..');
const [mode = 'check', file = join(tmpdir(), 'policy-parse-snapshot.json')] = process.argv.slice(2);

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (INPUT.test(name) && !/README/i.test(name) && !path.includes('/annotate/')) out.push(path);
  }
  return out;
}

// Text inputs, and the pages and files the readers take (annotation helpers are not inputs).
const INPUT = /\.(txt|md|html?|mht|docx|pdf|ofd)$/i;

const { parseDocumentAsync } = await import(join(ROOT, 'dist', 'index.js'));
const inputs = [join(ROOT, 'seeds'), join(ROOT, 'fixtures')].filter(existsSync).flatMap(walk);
const current = {};
for (const path of inputs) {
  const key = relative(ROOT, path);
  try {
    const doc = await parseDocumentAsync(readFileSync(path), { path: key });
    current[key] = { meta: doc.meta, sections: doc.sections, targets: doc.targets, responsibilities: doc.responsibilities, tables: doc.tables, notes: doc.notes, warnings: doc.warnings };
  } catch (error) {
    current[key] = { error: String(error?.code ?? error) };
  }
}

if (mode === 'save') {
  writeFileSync(file, JSON.stringify(current));
  console.log(`saved ${Object.keys(current).length} documents to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  let changed = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(current)])) {
    const a = before[key];
    const b = current[key];
    if (!a || !b) { changed++; console.log(`${key}: ${a ? 'gone' : 'new'}`); continue; }
    const fields = Object.keys({ ...a, ...b }).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
    if (fields.length) { changed++; console.log(`${key}: ${fields.join(', ')}`); }
  }
  console.log(`${changed} of ${Object.keys(current).length} documents changed`);
  process.exitCode = changed ? 1 : 0;
}
