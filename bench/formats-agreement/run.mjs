// Does a document read the same from DOCX and PDF as from its text? For a folder of policy
// texts: each is turned into a DOCX (todocx.py: automatic numbering, merged table cells) and a
// PDF of that DOCX (LibreOffice), all three are parsed, and the sections (id + heading), targets
// (text, value, unit), responsibility lists and table cells of the DOCX and PDF are scored (F1)
// against those of the text. Needs python3-docx and soffice; build first.
//   node bench/formats-agreement/run.mjs --docs seeds
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '..', '..', 'dist', 'cli.js');
const { values } = parseArgs({ options: { docs: { type: 'string', default: 'seeds' } } });
const docs = resolve(values.docs);
const work = mkdtempSync(join(tmpdir(), 'pdp-agreement-'));
for (const d of ['docx', 'pdf']) mkdirSync(join(work, d));
const names = readdirSync(docs).filter((f) => f.endsWith('.txt')).sort();
execFileSync('/usr/bin/python3', [join(HERE, 'todocx.py'), ...names.flatMap((f) => [join(docs, f), join(work, 'docx', f.replace(/\.txt$/, '.docx'))])]);
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...names.map((f) => join(work, 'docx', f.replace(/\.txt$/, '.docx')))], { stdio: 'ignore' });

const parse = (path) => JSON.parse(execFileSync(process.execPath, [CLI, 'parse', path, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1e9 }));
const flat = (sections, out = []) => {
  for (const s of sections) {
    out.push(`${s.id} ${s.heading}`);
    flat(s.children ?? [], out);
  }
  return out;
};
const f1 = (expected, got) => {
  const left = new Map();
  for (const x of expected) left.set(x, (left.get(x) ?? 0) + 1);
  let tp = 0;
  for (const x of got) if (left.get(x) > 0) (tp++, left.set(x, left.get(x) - 1));
  const p = got.length ? tp / got.length : 1;
  const r = expected.length ? tp / expected.length : 1;
  return p + r ? (200 * p * r) / (p + r) : 0;
};
const facets = (d) => ({
  sections: flat(d.sections),
  targets: d.targets.map((t) => `${t.text}|${t.value}|${t.unit}`),
  lists: d.responsibilities.map((r) => r.units.map((u) => `${u.name}:${u.role}`).join(',')),
  cells: d.tables.flatMap((t) => t.rows.flat()),
});
console.log('| document | format | sections | targets | lists | table cells |');
console.log('|---|---|---|---|---|---|');
for (const name of names) {
  const text = facets(parse(join(docs, name)));
  for (const format of ['docx', 'pdf']) {
    const other = facets(parse(join(work, format, name.replace(/\.txt$/, `.${format}`))));
    const row = Object.keys(text).map((k) => f1(text[k], other[k]).toFixed(1));
    console.log(`| ${basename(name, '.txt')} | ${format} | ${row.join(' | ')} |`);
  }
}
