// Page layout → text, for readers that get positioned glyph runs (PDF, OFD): runs grouped into
// lines by baseline, running headers/footers and page numbers removed, lines joined into
// paragraphs the way the page shows them, tables read by the columns of their header row.
// Coordinates: x grows rightwards, y upwards (an OFD reader negates its y); any unit.
import { PolicyParseError } from '../../errors.js';
import { isCjk } from './lines.js';

export interface Run {
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

export interface PdfLine {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  /** The line's runs, left to right (table rows are split into cells by their positions). */
  runs: Run[];
}

/** Outline numbers of Chinese official writing (GB/T 9704): they always start a paragraph. */
const OUTLINE_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、](?![0-9])|[（(][0-9]+[）)]|[①-⑳]|第[一二三四五六七八九十百零]+[章节条]|附\s*件)/;
const BARE_MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、]|第[一二三四五六七八九十百零]+[章节条])$/;

/** Joins two pieces of one line: Chinese next to anything takes no space (word processors add
 * a quarter-em "autospace" between Chinese and Latin that is no space in the text). */
function joinRuns(before: string, after: string, gap: number, size: number): string {
  if (before === '') return after;
  const [left, right] = [isCjk(before[before.length - 1]), isCjk(after[0])];
  // Between two Chinese characters a gap is spacing (justification), never a space.
  if (left && right) return before + after;
  return before + (gap > (left || right ? 1.0 : 0.2) * size && !BARE_MARKER.test(before) ? ' ' : '') + after;
}

const CJK_THEN_LATIN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[0-9A-Za-z%])/g;
const LATIN_THEN_CJK = /([0-9A-Za-z%]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/** pdf.js writes the autospace between Chinese and Latin as a space inside its runs: drop it. */
export function dropAutospace(text: string): string {
  return text.replace(CJK_THEN_LATIN, '$1').replace(LATIN_THEN_CJK, '$1');
}

/** A gap this many glyphs wide on one line separates columns: Chinese text runs glyph to glyph. */
const COLUMN_GAP = 1.2;

/**
 * A glyph from another font (curly quotes, symbols) set inside a run of Chinese text: pdf.js
 * writes a space in the run where it sits and gives it as a run of its own at that position.
 * Put it back in its place (in the run's space nearest its position), so “双高” stays whole.
 */
function mergeInsets(sorted: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of sorted) {
    const host = out[out.length - 1];
    const chars = host ? [...host.text] : [];
    if (host && run.x < host.end - 0.3 * run.size && [...run.text].length <= 3 && chars.length > 1) {
      const pitch = (host.end - host.x) / chars.length;
      const at = Math.round((run.x - host.x) / pitch);
      const candidates = [at, at - 1, at + 1, at - 2, at + 2].filter((i) => i >= 0 && i < chars.length && chars[i] === ' ');
      if (candidates.length) {
        chars[candidates[0]] = run.text;
        out[out.length - 1] = { ...host, text: chars.join('') };
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/** Runs of one page → lines, top to bottom; runs on one baseline (within half a glyph) join. */
export function pageLines(runs: readonly Run[], page: number): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0].y - run.y) <= 0.5 * Math.max(run.size, last[0].size)) last.push(run);
    else groups.push([run]);
  }
  return groups.map((rawGroup) => {
    const group = mergeInsets(rawGroup.sort((a, b) => a.x - b.x));
    // Column gaps: two or more wide gaps (a table row), or one very wide one (two columns); a
    // single moderate gap is a stretched line of justified text.
    const gaps = group.map((run, i) => (i ? run.x - group[i - 1].end : 0));
    const wide = gaps.filter((g, i) => g > COLUMN_GAP * group[i].size).length;
    const columnGap = (i: number) => gaps[i] > (wide >= 2 ? COLUMN_GAP : 2.5) * group[i].size;
    let text = '';
    group.forEach((run, i) => {
      // A wide gap is a column break, unless all before it is an outline number (一、<tab>总体要求).
      if (i > 0 && columnGap(i) && !BARE_MARKER.test(text)) text += '\t' + run.text;
      else text = joinRuns(text, run.text, gaps[i], run.size);
    });
    const size = group.reduce((s, r) => s + r.size, 0) / group.length;
    text = dropAutospace(text);
    return { page, x0: group[0].x, x1: Math.max(...group.map((r) => r.end)), y: group[0].y, size, text, runs: group };
  });
}

const PAGE_NUMBER = /^(?:[-—–－−一\s]*[0-9０-９]+[-—–－−一\s]*|第\s*[0-9]+\s*页(?:\s*[,，/]?\s*共\s*[0-9]+\s*页)?|[0-9]+\s*\/\s*[0-9]+|-\s*[0-9]+\s*-)$/;

/** Drop page numbers and lines repeated at the top or bottom of most pages. */
export function removeRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const edge = (lines: PdfLine[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const shape = (text: string) => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(edge(lines).map((l) => shape(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (text: string) => pages.length >= 2 && (counts.get(shape(text)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((lines) => {
    const edges = new Set(edge(lines));
    return lines.filter((l) => !(edges.has(l) && (PAGE_NUMBER.test(l.text.trim()) || repeated(l.text))));
  });
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = Math.round(values[0] ?? 0);
  for (const v of values) {
    const key = Math.round(v);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > (counts.get(best) ?? 0)) best = key;
  }
  return best;
}

/**
 * A table that starts at a header line of three or more cells: column boundaries lie halfway
 * between the header cells; each later line's runs go to the column they start in; a line with
 * text in the first column starts a row, others continue the cells of the row above (a cell
 * wrapped over lines). The table ends at a line with a run wider than its column.
 * Returns the rows as tab-joined lines and the index after the table.
 */
function readTable(lines: readonly PdfLine[], from: number): { rows: string[]; next: number } {
  const header = lines[from];
  const cells = header.text.split('\t');
  // Header cells as position ranges: runs grouped the way the tabs split them.
  const spans: Array<{ x: number; end: number }> = [];
  let prev: Run | null = null;
  for (const run of header.runs) {
    if (!prev || run.x - prev.end > COLUMN_GAP * run.size) spans.push({ x: run.x, end: run.end });
    else spans[spans.length - 1].end = run.end;
    prev = run;
  }
  const bounds = spans.slice(1).map((s, i) => (spans[i].end + s.x) / 2);
  const columnOf = (x: number) => bounds.filter((b) => x >= b).length;
  const rows: string[][] = [cells];
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const placed: string[] = Array(spans.length).fill('');
    let fits = true;
    let last: Run | null = null;
    for (const run of line.runs) {
      const col = columnOf(run.x + 0.25 * run.size);
      const limit = col < bounds.length ? bounds[col] : Infinity;
      if (run.end > limit + run.size || run.x < spans[0].x - 2 * run.size) {
        fits = false;
        break;
      }
      placed[col] = joinRuns(placed[col], run.text, last ? run.x - last.end : 0, run.size);
      last = run;
    }
    // An attachment heading or an outline number in the first column is the text after the table.
    if (!fits || /^(?:附\s*件|[一二三四五六七八九十]+、)/.test(placed[0])) break;
    const open = rows[rows.length - 1];
    if (placed[0] !== '' || rows.length === 1) rows.push(placed);
    else placed.forEach((text, c) => (open[c] = joinRuns(open[c], text, 0, line.size)));
  }
  return { rows: rows.map((r) => r.map(dropAutospace).join('\t')), next: i };
}

/** A paragraph ends on a full stop or colon. */
const PARAGRAPH_END = /[。！？：；]$/;

/** Lines of all pages → paragraphs (one a line), table rows kept as their own lines. */
export function paragraphsOf(pages: PdfLine[][]): string[] {
  const all = pages.flat();
  if (!all.length) return [];
  const left = mode(all.filter((l) => !l.text.includes('\t')).map((l) => l.x0));
  // The right margin from text lines only: a table may reach wider than the text block.
  const ends = all.filter((l) => !l.text.includes('\t')).map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0;
  const gaps: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1].y - lines[i].y);
  const lineGap = gaps.length ? gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 0;
  const bodySize = mode(all.map((l) => l.size * 10)) / 10;
  const centered = (l: PdfLine) => l.x0 > left + l.size && l.x1 < right - l.size && Math.abs(l.x0 - left - (right - l.x1)) < 2 * l.size;

  const out: string[] = [];
  let prev: PdfLine | null = null;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const text = line.text.trim();
    if (!text) continue;
    if (text.split('\t').length >= 3) {
      const table = readTable(all, i);
      out.push(...table.rows);
      i = table.next - 1;
      prev = null;
      continue;
    }
    let starts = prev === null || text.includes('\t') || prev.text.includes('\t');
    if (!starts && prev) {
      const samePage = prev.page === line.page;
      const wideGap = samePage && lineGap > 0 && prev.y - line.y > 1.6 * lineGap;
      // A title wrapped over centred lines of one size is one paragraph.
      const sameSize = Math.abs(prev.size - line.size) < 0.1 * line.size;
      const wrappedTitle = sameSize && !wideGap && !PARAGRAPH_END.test(prev.text) && ((centered(prev) && centered(line)) || line.size > 1.15 * bodySize);
      const indented = line.x0 > left + 0.8 * line.size;
      // A line that stops short ends its paragraph, unless only a few characters short without
      // closing punctuation: a word processor moved an unbreakable Latin word (2024—2026) down.
      const shortBy = (right - prev.x1) / line.size;
      const wrappedWord = shortBy < 4.5 && !PARAGRAPH_END.test(prev.text.trim()) && !indented;
      const stoppedShort = shortBy > 1.5 && !wrappedWord;
      starts = !wrappedTitle && (indented || wideGap || stoppedShort || OUTLINE_START.test(text));
    }
    if (starts || out.length === 0) out.push(text);
    else out[out.length - 1] = joinRuns(out[out.length - 1], text, 0, line.size);
    prev = line;
  }
  return out;
}


/** Share of characters that carry no text: replacement characters, private use, controls. */
function unmappedShare(text: string): number {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c < 0x20) bad++;
  }
  return total ? bad / total : 0;
}

/**
 * Throws when a page layout's text is no text: too little of it (scanned pages,
 * PDP_PDF_NO_TEXT / PDP_OFD_NO_TEXT) or mostly replacement / private-use characters (fonts
 * without a Unicode map, PDP_PDF_NO_UNICODE / PDP_OFD_NO_UNICODE).
 */
export function checkTextLayer(text: string, pages: number, format: 'PDF' | 'OFD'): void {
  const visible = text.replace(/\s+/g, '');
  if (visible.length < 20) {
    const ocr = format === 'PDF' ? 'run OCR first, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`' : 'export it to PDF and run OCR, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`';
    throw new PolicyParseError(`PDP_${format}_NO_TEXT`, `${format} has no text layer (${pages} page(s) of images?): ${ocr}`);
  }
  if (unmappedShare(visible) > 0.1) {
    throw new PolicyParseError(`PDP_${format}_NO_UNICODE`, `${format} text comes out as replacement characters (fonts without a Unicode map): OCR it (\`ocrmypdf -l chi_sim --force-ocr\`) or export it again from the source document`);
  }
}

