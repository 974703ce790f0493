// Benchmark of the format readers (issue 13): `npm run build && node bench/formats.mjs [--runs N]`.
// - HTML and DOCX: MB/s of extracted text (UTF-8 bytes of the text the parser reads), one core,
//   in process after a warm-up, on a large page / document made by repeating the fixture's body.
// - PDF: our reader (pdf.js through unpdf) against poppler's `pdftotext` on the same files, both
//   as a fresh process per file (what a user runs) and ours also in process after warm-up.
//   The large PDF is LibreOffice's export of the large DOCX (skipped when soffice is missing).
// Every figure is the median of the runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures', 'formats');
const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, copies: { type: 'string' } } });
const RUNS = Number(flags.runs ?? 5);
const COPIES = Number(flags.copies ?? 200);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const log = (line = '') => process.stdout.write(line + '\n');

const { htmlToText } = await import(join(ROOT, 'dist', 'io', 'formats', 'html.js'));
const { docxToText } = await import(join(ROOT, 'dist', 'io', 'formats', 'docx.js'));
const { pdfToText } = await import(join(ROOT, 'dist', 'io', 'formats', 'pdf.js'));

const tmp = mkdtempSync(join(tmpdir(), 'pdp-formats-bench-'));

/** The fixture page with its article body repeated `copies` times. */
function bigHtml(copies) {
  const page = readFileSync(join(FIXTURES, 'policy.html'), 'utf8');
  const open = page.indexOf('<div id="zoom"');
  const start = page.indexOf('>', open) + 1;
  const end = page.indexOf('<div class="print-close">');
  const body = page.slice(start, end - '</div>\n'.length);
  return page.slice(0, start) + body.repeat(copies) + page.slice(end - '</div>\n'.length);
}

/** The fixture DOCX with its body repeated `copies` times (numbering continues across copies). */
function bigDocx(copies) {
  const files = unzipSync(readFileSync(join(FIXTURES, 'policy.docx')));
  const xml = strFromU8(files['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  files['word/document.xml'] = strToU8(xml.slice(0, start) + xml.slice(start, end).repeat(copies) + xml.slice(end));
  return zipSync(files);
}

/** CPU time of this process (user + system) in ms: fair on a machine shared with other work. */
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function throughput(label, input, read) {
  let text = read(input).text; // warm-up
  for (let i = 0; i < 2; i++) read(input);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    text = read(input).text;
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  const mb = Buffer.byteLength(text) / 1e6;
  const [w, c] = [median(wall), median(cpu)];
  log(`| ${label} | ${(input.length / 1e6).toFixed(2)} MB in, ${mb.toFixed(2)} MB text | ${w.toFixed(1)} ms | ${(mb / (w / 1000)).toFixed(1)} MB/s | ${c.toFixed(1)} ms | ${(mb / (c / 1000)).toFixed(1)} MB/s |`);
}

log(`Format readers, ${RUNS} runs each, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
log('');
log('| reader | input | wall | text/s (wall) | CPU | text/s (CPU) |');
log('|---|---|---|---|---|---|');
throughput(`HTML (fixture page, body ×${COPIES})`, Buffer.from(bigHtml(COPIES)), htmlToText);
const docx = bigDocx(COPIES);
throughput(`DOCX (fixture body ×${COPIES})`, docx, docxToText);

const pdfs = [['fixture (3 pages)', join(FIXTURES, 'policy.pdf')]];
if (has('soffice')) {
  const large = bigDocx(20);
  writeFileSync(join(tmp, 'large.docx'), large);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(tmp, 'large.docx')], { stdio: 'ignore' });
  if (existsSync(join(tmp, 'large.pdf'))) pdfs.push(['fixture body ×20', join(tmp, 'large.pdf')]);
} else log('\n(soffice missing: the large PDF is skipped)');

log('');
if (!has('pdftotext')) {
  log('(pdftotext missing: install poppler-utils to compare)');
} else {
  log('| PDF | pages | pdftotext, one process per file | ours, fresh process (loads pdf.js) | ours, per file in a running batch | batch ratio to pdftotext |');
  log('|---|---|---|---|---|---|');
  const script = `import(${JSON.stringify(join(ROOT, 'dist', 'io', 'formats', 'pdf.js'))}).then(async ({ pdfToText }) => { const { readFileSync } = await import('node:fs'); process.stdout.write((await pdfToText(readFileSync(process.argv[1]))).text); })`;
  for (const [label, path] of pdfs) {
    const poppler = [];
    const ours = [];
    for (let r = 0; r < RUNS; r++) {
      // Interleaved, so machine load hits both alike.
      let t0 = performance.now();
      execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']);
      poppler.push(performance.now() - t0);
      t0 = performance.now();
      execFileSync(process.execPath, ['--input-type=module', '-e', script, path]);
      ours.push(performance.now() - t0);
    }
    const bytes = readFileSync(path);
    await pdfToText(bytes);
    const inProcess = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await pdfToText(bytes);
      inProcess.push(performance.now() - t0);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
    const [p, o] = [median(poppler), median(ours)];
    const batch = median(inProcess);
    log(`| ${label} | ${pages} | ${p.toFixed(0)} ms | ${o.toFixed(0)} ms | ${batch.toFixed(0)} ms | ${(batch / p).toFixed(2)}× |`);
  }
}
