// Browser check of the HTML report (`npm run test:browser`; not part of `npm test`, it needs
// Chromium): builds a report of the seeds and a diff page, opens them in headless Chromium from
// Debian (`apt-get install -y chromium`) through playwright-core, and checks that
// - every target, responsibility list and heading of the parsed JSON is one highlighted span;
// - clicking a target shows its fields in the panel;
// - nothing is requested from the network and no console error or page error occurs;
// - a title holding <script> shows as text and runs nothing.
// `--screenshots DIR` also saves one screenshot of each page kind.
// Exits 0 only when every check passed; 2 when Chromium is missing (said clearly, never a pass).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const shotsArg = process.argv.indexOf('--screenshots');
const shots = shotsArg > 0 ? resolve(process.argv[shotsArg + 1] ?? 'docs') : null;

if (!existsSync(CHROMIUM)) {
  console.error(`browser check NOT RUN: Chromium is missing at ${CHROMIUM}. Install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`browser check NOT RUN: ${CLI} is missing; run \`npm run build\` first.`);
  process.exit(2);
}
const { chromium } = await import('playwright-core');

const work = mkdtempSync(join(tmpdir(), 'pdp-browser-'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};
const cliIn = (cwd, ...args) => execFileSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
const cli = (...args) => cliIn(work, ...args);

// The inputs: the seeds, and a hostile document whose title and body hold markup.
const inputs = join(work, 'inputs');
mkdirSync(inputs);
for (const name of ['000_f37fb03f7ab70697', '001_35e6932b183f9d97', '002_b13d75dc19837336', '003_f043ecdd77dfe9b8', '004_3afa6219bfe3e303']) {
  writeFileSync(join(inputs, `${name}.txt`), execFileSync('cat', [join(ROOT, 'seeds', `${name}.txt`)]));
}
writeFileSync(
  join(inputs, 'zz_hostile.txt'),
  '某市<script>window.__pwned=1</script>工作方案\n一、工作目标<img src=x onerror="window.__pwned=2">\n到2025年，覆盖率达到90%以上。</script><!--\n二、保障措施\n（一）加强领导。（牵头单位：市<b>政府</b>办公室；配合单位：市财政局）\n',
);
// Relative paths, as a user would type them (they show on the pages).
const docs = JSON.parse(cli('parse', 'inputs', '--compact'));
const out = join(work, 'report');
cli('report', 'inputs', '--out', 'report', '--quiet');
const diffPage = join(work, 'diff.html');
cliIn(ROOT, 'diff', 'fixtures/diff/plan-draft.txt', 'fixtures/diff/plan-final.txt', '-o', diffPage);

const flatCount = (sections) => sections.reduce((n, s) => n + 1 + flatCount(s.children), 0);
const profile = join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 900 },
});

const network = [];
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('file://')) return route.continue();
  network.push(url);
  return route.abort();
});

async function open(file) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return { page, errors };
}

try {
  const pages = JSON.parse(execFileSync(process.execPath, ['-e', `
    const fs = require('fs');
    console.log(JSON.stringify(fs.readdirSync(${JSON.stringify(out)}).filter((f) => f.endsWith('.html') && f !== 'index.html').sort()));
  `], { encoding: 'utf8' }));
  check(pages.length === docs.length, `one page per document (${pages.length} pages, ${docs.length} documents)`);
  for (const [i, doc] of docs.entries()) {
    const file = join(out, pages[i]);
    const { page, errors } = await open(file);
    const expected = { target: doc.targets.length, list: doc.responsibilities.length, heading: flatCount(doc.sections) };
    const counted = await page.evaluate(() => {
      const count = (k) => document.querySelectorAll(`.source mark.hl[data-k="${k}"]:not(.cont)`).length;
      return { target: count('target'), list: count('list'), heading: count('heading'), all: document.querySelectorAll('.source mark.hl:not(.cont)').length };
    });
    const total = expected.target + expected.list + expected.heading;
    check(
      counted.all === total && counted.target === expected.target && counted.list === expected.list && counted.heading === expected.heading,
      `${pages[i]}: ${counted.all} highlighted spans == ${expected.target} targets + ${expected.list} lists + ${expected.heading} headings (${total})`,
    );
    // Each span's text is what the JSON quotes.
    const quoted = await page.evaluate(() => [...document.querySelectorAll('.source mark.hl-target:not(.cont)')].map((m) => m.textContent));
    check(JSON.stringify(quoted) === JSON.stringify(doc.targets.map((t) => t.text)), `${pages[i]}: target spans read ${quoted.length} texts equal to targets[].text`);
    if (doc.targets.length) {
      const k = Math.min(doc.targets.length - 1, 3);
      const t = doc.targets[k];
      await page.click(`#t${k}`);
      const panel = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#panel-body [data-field]')].map((d) => [d.dataset.field, d.textContent])));
      const ok = panel.text === t.text && (t.value === null || panel.value === String(t.value)) && (panel.unit ?? null) === (t.unit ?? null) &&
        (panel.indicator ?? null) === (t.indicator ?? null) && (panel.deadline ?? null) === (t.deadline === null ? null : String(t.deadline));
      check(ok, `${pages[i]}: clicking target #${k} (${t.text}) shows value ${panel.value ?? '—'}, unit ${panel.unit ?? '—'}, indicator ${panel.indicator ?? '—'}, deadline ${panel.deadline ?? '—'}`);
    }
    const timeline = await page.evaluate(() => Boolean(document.querySelector('#timeline-chart canvas')) || !document.getElementById('timeline-chart'));
    check(timeline, `${pages[i]}: deadline timeline drawn (or absent when no deadline)`);
    if (doc.meta.title?.includes('<script>')) {
      const title = await page.evaluate(() => ({ h1: document.querySelector('h1').textContent, pwned: window.__pwned ?? null }));
      check(title.h1 === doc.meta.title && title.pwned === null, `${pages[i]}: a title with <script> shows as text (${title.h1}) and runs nothing`);
    }
    check(errors.length === 0, `${pages[i]}: no console error${errors.length ? `: ${errors.join(' | ')}` : ''}`);
    if (shots && i === 2) {
      await page.click('#t3');
      await page.screenshot({ path: join(shots, 'report-document.png') });
      await page.setViewportSize({ width: 1440, height: 1500 });
      await page.evaluate(() => document.getElementById('timeline').scrollIntoView());
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'report-document-tables.png') });
    }
    await page.close();
  }

  const index = await open(join(out, 'index.html'));
  const rows = await index.page.evaluate(() => document.querySelectorAll('#documents-table tbody tr').length);
  check(rows === docs.length, `index: ${rows} documents listed`);
  const graph = await index.page.evaluate(() => Boolean(document.querySelector('#network-chart canvas')));
  check(graph, 'index: lead/support network drawn');
  check(index.errors.length === 0, `index: no console error${index.errors.length ? `: ${index.errors.join(' | ')}` : ''}`);
  if (shots) {
    await index.page.waitForTimeout(2500); // let the force layout settle
    await index.page.screenshot({ path: join(shots, 'report-index.png'), fullPage: true });
  }
  await index.page.close();

  const diff = await open(diffPage);
  const items = await diff.page.evaluate(() => [...document.querySelectorAll('#changes li')].map((li) => li.textContent));
  check(items.length === 3, `diff page: ${items.length} changes listed (expected 3)`);
  check(diff.errors.length === 0, `diff page: no console error${diff.errors.length ? `: ${diff.errors.join(' | ')}` : ''}`);
  if (shots) await diff.page.screenshot({ path: join(shots, 'report-diff.png'), fullPage: true });
  await diff.page.close();
  check(network.length === 0, `no network request${network.length ? `: ${network.join(', ')}` : ''}`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`browser check FAILED: ${failures.length} check(s)`);
  process.exit(1);
}
console.log('browser check passed');
