// Synthetic corpus for the batch benchmark: N documents derived from the seeds, deterministic
// for a given PRNG seed. Each document keeps a seed's shape (wrapper, numbered outline, tables)
// but gets its own numbers, headings, policy area and length, so the batch is not five files
// parsed 200 times over. Written as plain UTF-8 files (a few with CRLF or a BOM).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough to vary a corpus; same seed → same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, items) => items[Math.floor(random() * items.length)];

// Policy areas swapped in for the seeds' own (vocational education), so words and headings vary.
const AREAS = [
  '职业教育', '养老服务', '就业创业', '数字经济', '生态环境保护', '公共卫生', '乡村振兴',
  '文化旅游', '科技创新', '社区治理', '托育服务', '全民健身', '食品安全', '消防安全',
];
const SEED_AREA = '职业教育';

// Top-level headings as they appear across many kinds of 方案.
const CHAPTER_HEADINGS = [
  '总体要求', '指导思想', '基本原则', '工作目标', '主要目标', '重点任务', '主要任务', '工作任务',
  '实施步骤', '保障措施', '组织实施', '工作要求', '组织保障', '进度安排', '监督考核',
];

const CHAPTER_LINE = /^([ \u3000]*[一二三四五六七八九十]{1,3}、)([^。；;：:\n]{2,14})$/;
// Digits at the very start of a line (after blanks and an opening bracket) are outline markers
// (1. / (1) / 1、); they keep their value so the outline stays well formed.
const LINE_START_DIGITS = /^[ \u3000\t]*[（(]?$/;

/** Replace each run of ASCII digits (not an outline marker) by a random number of the same length. */
function varyNumbers(line, random) {
  return line.replace(/\d+/g, (digits, offset) => {
    if (LINE_START_DIGITS.test(line.slice(0, offset))) return digits;
    if (/^(19|20)\d\d$/.test(digits)) return String(2016 + Math.floor(random() * 15)); // a year stays a year
    let out = String(1 + Math.floor(random() * 9)); // no leading zero
    for (let i = 1; i < digits.length; i++) out += String(Math.floor(random() * 10));
    return out;
  });
}

/** Keep the first sentence of a line and each later one with probability `keep`. */
function dropSentences(line, random, keep) {
  const sentences = line.match(/[^。]*。|[^。]+$/g);
  if (!sentences || sentences.length < 2) return line;
  return sentences.filter((_, i) => i === 0 || random() < keep).join('');
}

/** One derived document from a seed text. */
export function deriveDocument(seedText, random, { keep = 0.35 } = {}) {
  const area = pick(random, AREAS);
  const lines = seedText.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    let out = line.split(SEED_AREA).join(area);
    const chapter = CHAPTER_LINE.exec(out);
    if (chapter && random() < 0.7) out = chapter[1] + pick(random, CHAPTER_HEADINGS);
    out = varyNumbers(out, random);
    return dropSentences(out, random, keep);
  });
  let text = lines.join(random() < 0.1 ? '\r\n' : '\n');
  if (random() < 0.05) text = '\ufeff' + text;
  return text;
}

/**
 * Write `count` documents into `dir` (created). Returns the file paths (sorted, as a directory
 * listing gives them) and the total size in bytes.
 */
export function generateCorpus({ seedsDir, dir, count, seed = 20240607, keep = 0.35 }) {
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
  if (seeds.length === 0) throw new Error(`no .txt seeds in ${seedsDir}`);
  const random = prng(seed);
  mkdirSync(dir, { recursive: true });
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = deriveDocument(seeds[i % seeds.length], random, { keep });
    const data = Buffer.from(text, 'utf8');
    const file = join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  return { files, bytes };
}
