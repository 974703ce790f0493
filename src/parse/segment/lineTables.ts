// Tables copied from a web page with every cell on its own line (tags stripped): the header cells,
// then the rows' cells one line each. Rows are found from what opens them: a 序号 running 1, 2, 3…
// or, in a table without 序号, a numbered item (`1.重点人群签约服务覆盖率`) in one column.
// Merged cells (a 序号 or 工作事项 spanning several rows, a lead cell spanning a group) are simply
// missing from the stream: a row that continues an item has fewer lines and no serial.
import { markerAt } from './markerIndex.js';
import type { TextIndex } from './textIndex.js';
import { ROLE_SUB_COLUMN as SUB_COLUMN } from '../lexicon/responsibility.js';

export interface Cell {
  start: number;
  end: number;
}

/** A row: one entry per column, null where the cell is merged with the one above. */
export type RawRow = Array<Cell | null>;

const SERIAL = /^[0-9０-９]{1,3}$/;

const value = (text: string, c: Cell): string => text.slice(c.start, c.end);
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const join = (cells: readonly Cell[]): Cell => ({ start: cells[0].start, end: cells[cells.length - 1].end });

/**
 * Rows of a table whose rows start at a serial (1, 2, 3…), given the cells after the header.
 * A serial's group holds its first row (as wide as the header) and then rows that continue the
 * same item: they lack the leading merged cells (序号, 工作事项…), so they are all one width
 * `width - k`; the smallest such k that splits the rest evenly is taken. A group that fits no such
 * split has a cell broken over lines, which the widest column (the task text) took.
 */
export function rowsBySerial(index: TextIndex, cells: readonly Cell[], written: readonly string[]): { header: string[]; rows: RawRow[] } {
  const { text } = index;
  let header = [...written];
  const groups: Cell[][] = [];
  let expected = 1;
  let skippingHeader = false;
  let restart = false;
  const headerKeys = header.map(squash);
  for (const cell of cells) {
    const v = squash(value(text, cell));
    if (v === headerKeys[0]) {
      skippingHeader = true; // the header repeated on the next page
      continue;
    }
    if (skippingHeader && headerKeys.includes(v)) continue;
    skippingHeader = false;
    // A category row across the table (`一、强化组织保障`) between items: not a row; the serials
    // under it may start again at 1.
    if (isCategoryRow(index, cell) && (groups.length === 0 || groups[groups.length - 1].length >= Math.min(3, written.length))) {
      restart = true;
      continue;
    }
    if (SERIAL.test(v) && (Number(v) === expected || (restart && Number(v) === 1))) {
      groups.push([cell]);
      expected = Number(v) + 1;
      restart = false;
    } else if (groups.length) {
      groups[groups.length - 1].push(cell);
    }
  }
  // Most rows are exactly as wide as the table: a header with more cells was written over two rows.
  const counts = new Map<number, number>();
  for (const g of groups) counts.set(g.length, (counts.get(g.length) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (usual !== undefined && usual < header.length && (counts.get(usual) ?? 0) > (counts.get(header.length) ?? 0)) {
    header = twoRowHeader(header, usual) ?? header;
  }
  const width = header.length;
  const profile = columnProfile(text, groups.filter((g) => g.length >= width).map((g) => g.slice(0, width)), width);
  const rows: RawRow[] = [];
  for (const g of groups) {
    if (g.length === width) {
      rows.push(g);
    } else if (g.length < width) {
      rows.push([g[0], ...Array<null>(width - g.length).fill(null), ...g.slice(1)]);
    } else {
      const rest = g.length - width;
      const k = continuationShift(rest, width);
      if (k !== null) {
        rows.push(g.slice(0, width));
        for (let i = width; i < g.length; i += width - k) rows.push(placeContinuation(text, g.slice(i, i + width - k), width, profile));
      } else {
        // Too many lines: the widest column (the task text) took several; keep the columns after it.
        const wide = width >= 4 ? width - 3 : 1;
        const tail = g.slice(g.length - (width - 1 - wide));
        rows.push([...g.slice(0, wide), join(g.slice(wide, g.length - tail.length)), ...tail]);
      }
    }
  }
  return { header, rows };
}

const GROUP_COLUMN = /单位|部门|分工|主体/;

/**
 * A header written over two rows, read one cell per line, as the `width` columns of the body:
 * a group cell (`责任单位`) over sub-columns (`牵头单位` `配合单位`) that come after the first row
 * is replaced by them; a cell broken over two lines (`完成` / `时限`) is joined. Null when neither fits.
 */
export function twoRowHeader(header: readonly string[], width: number): string[] | null {
  const h = header.map((c) => c.replace(/[\s\u3000]+/g, ''));
  let k = 0;
  while (k < h.length && SUB_COLUMN.test(h[h.length - 1 - k])) k++;
  if (k >= 2 && h.length - 1 === width) {
    const firstRow = h.length - k;
    for (let s = firstRow - 1; s >= 0; s--) {
      if (!GROUP_COLUMN.test(h[s]) || SUB_COLUMN.test(h[s])) continue;
      return [...header.slice(0, s), ...header.slice(firstRow), ...header.slice(s + 1, firstRow)];
    }
  }
  const out = [...header];
  for (let i = 0; i + 1 < out.length && out.length > width; ) {
    const [a, b] = [out[i].trim(), out[i + 1].trim()];
    if (a.length <= 3 && b.length <= 3 && !/[，。、；：,.;:]/.test(a + b)) out.splice(i, 2, a + b);
    else i++;
  }
  return out.length === width ? out : null;
}

/** A cell that holds a sentence (the task text), not a name, a date or a unit list. */
const isProse = (text: string, c: Cell): boolean => c.end - c.start > 24 || /[。；]/.test(text.slice(c.start, c.end));

/** Per column, the share of its cells (in complete rows) that hold prose. */
function columnProfile(text: string, full: readonly Cell[][], width: number): number[] {
  const prose = Array<number>(width).fill(0);
  for (const row of full) row.forEach((c, i) => (prose[i] += isProse(text, c) ? 1 : 0));
  return prose.map((n) => (full.length ? n / full.length : 0));
}

/**
 * A row continuing an item: its cells go to the columns they fit, the others are merged with the
 * cell above. The serial is always merged; of the rest, the columns left out are the ones whose
 * prose-or-name shape fits worst (a lead-unit cell spanning rows leaves a gap between the task text
 * and the support units), leading columns first on a tie.
 */
function placeContinuation(text: string, cells: readonly Cell[], width: number, profile: readonly number[]): RawRow {
  const missing = width - cells.length;
  let best: number[] | null = null;
  let bestScore = -Infinity;
  // Choose which columns 1..width-1 are present (cells.length of them), in order.
  const choose = (from: number, picked: number[]) => {
    if (picked.length === cells.length) {
      // (a small bonus for later columns: on a tie the leading columns are the merged ones)
      const score = picked.reduce((sum, col, i) => sum - Math.abs((isProse(text, cells[i]) ? 1 : 0) - profile[col]) + col * 1e-4, 0);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = [...picked];
      }
      return;
    }
    for (let col = from; col <= width - (cells.length - picked.length); col++) choose(col + 1, [...picked, col]);
  };
  if (missing >= 1 && width <= 12) choose(1, []);
  const columns: number[] = best ?? Array.from({ length: cells.length }, (_, i) => missing + i);
  const row: RawRow = Array<Cell | null>(width).fill(null);
  columns.forEach((col, i) => (row[col] = cells[i]));
  return row;
}

/** A table row naming a category of the items below it: a chapter-level marker and a short title. */
export function isCategoryRow(index: TextIndex, c: Cell): boolean {
  const marker = markerAt(index.markers, c.start, c.end);
  if (!marker || (marker.kind !== 'cn-dun' && marker.kind !== 'cn-paren')) return false;
  const rest = index.text.slice(marker.end, c.end);
  return rest.length >= 2 && rest.length <= 30 && !/[。；，]/.test(rest);
}

/** Leading merged cells of the continuation rows, if `rest` lines split into rows of `width - k` (k ≥ 1, two cells left at least). */
function continuationShift(rest: number, width: number): number | null {
  for (let k = 1; k <= width - 2; k++) if (rest % (width - k) === 0) return k;
  return null;
}

/** Cell text that names a row group (`签约数量指标`): short, no punctuation, no numbering. */
function isLeadLike(text: string, c: Cell): boolean {
  const v = value(text, c);
  return v.length <= 16 && !/[。，、；：,.;:（）()“”%％=＝/／0-9０-９]/.test(v);
}

/** A numbered item opening a row: `3.签约有偿服务包的覆盖率` (a name, not a sentence). */
function itemNumber(index: TextIndex, c: Cell): number | null {
  const marker = markerAt(index.markers, c.start, c.end);
  if (!marker || marker.ambiguous || (marker.kind !== 'ar-dot' && marker.kind !== 'cn-dun')) return null;
  const rest = index.text.slice(marker.end, c.end);
  return rest.length >= 2 && !/[。；;]/.test(rest) ? marker.number : null;
}

/** An item list inside a cell (`1.是否建立…。`): continues the line before it. */
function continuesCell(index: TextIndex, c: Cell): boolean {
  const marker = markerAt(index.markers, c.start, c.end);
  return marker !== null && ['ar-dot', 'ar-paren', 'ar-half', 'circled'].includes(marker.kind);
}

/**
 * A table without 序号 whose rows are opened by items numbered 1, 2, 3… in one column, each
 * possibly under a group cell on the left that spans several rows (`签约数量指标` / `1.…` `2.…`).
 * `cells` are the lines after the table's title. Null when the lines do not read as such a table.
 */
export function numberedItemTable(index: TextIndex, cells: readonly Cell[]): { header: Cell[]; rows: RawRow[] } | null {
  const { text } = index;
  const openers: number[] = [];
  let expected = 1;
  cells.forEach((c, i) => {
    if (itemNumber(index, c) === expected) {
      openers.push(i);
      expected++;
    }
  });
  if (openers.length < 3) return null;
  // How many group cells stand before an opener: the most frequent non-zero run of lead-like
  // lines just above the openers after the first (the first also has the header above it).
  const runs = new Map<number, number>();
  const leadRun = (o: number, floor: number, max = 3): number => {
    let n = 0;
    while (n < max && o - n - 1 > floor && isLeadLike(text, cells[o - n - 1])) n++;
    return n;
  };
  for (let j = 1; j < openers.length; j++) {
    const n = leadRun(openers[j], openers[j - 1] + 1);
    if (n > 0) runs.set(n, (runs.get(n) ?? 0) + 1);
  }
  const lead = [...runs].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const before = cells.slice(0, openers[0]);
  if (before.length < lead + 2) return null;
  const header = before.slice(0, before.length - lead);
  // Column names are short labels; prose before the first item means this is no table.
  if (header.some((c) => c.end - c.start > 20 || /[。；;，,]/.test(value(text, c)))) return null;
  const width = header.length;
  const tail = width - lead - 1; // columns after the numbered one
  if (tail < 1) return null;

  // Each row: its group cells (or nulls), the opener, then the lines up to the next row.
  const raw: Array<{ leads: Array<Cell | null>; opener: Cell; lines: Cell[] }> = [];
  for (let j = 0; j < openers.length; j++) {
    const o = openers[j];
    const next = openers[j + 1];
    const nextLeads = next === undefined ? 0 : Math.min(lead, leadRun(next, o));
    const stop = next === undefined ? cells.length : next - nextLeads;
    const leadsHere = j === 0 ? before.slice(header.length) : cells.slice(o - Math.min(lead, leadRun(o, openers[j - 1])), o);
    const leads: Array<Cell | null> = [...Array<null>(lead - leadsHere.length).fill(null), ...leadsHere];
    // An item list inside a cell joins the line before it.
    const lines: Cell[] = [];
    for (const c of cells.slice(o + 1, stop)) {
      if (lines.length && continuesCell(index, c)) lines[lines.length - 1] = { start: lines[lines.length - 1].start, end: c.end };
      else lines.push({ ...c });
    }
    raw.push({ leads, opener: cells[o], lines });
  }
  // The column that takes extra lines: the one with the longest cells where rows fit exactly.
  const lengths = Array<number>(tail).fill(0);
  for (const r of raw) if (r.lines.length === tail) r.lines.forEach((c, i) => (lengths[i] += c.end - c.start));
  const wide = lengths.indexOf(Math.max(...lengths));
  const rows: RawRow[] = raw.map(({ leads, opener, lines }) => {
    let cols: Array<Cell | null>;
    if (lines.length > tail) {
      const after = tail - wide - 1;
      cols = [...lines.slice(0, wide), join(lines.slice(wide, lines.length - after)), ...lines.slice(lines.length - after)];
    } else {
      cols = [...lines, ...Array<null>(tail - lines.length).fill(null)];
    }
    return [...leads, opener, ...cols];
  });
  return { header, rows };
}

/** A column name: short, no sentence punctuation, no digits. */
const isHeaderWord = (v: string): boolean =>
  v.length >= 2 && v.length <= 10 && !/[。，；：、,.;:0-9０-９（）()]/.test(v) && COLUMN_WORD.test(v);
/** How column names of task tables end. */
const COLUMN_WORD = /(?:任务|措施|内容|事项|单位|部门|主体|处室|时限|时间|进度|期限|目标|指标|名称|备注|要求|类别|领域|项目|举措|环节|分工|成果|形式|依据|标准|来源|说明|牵头|配合|序号)$/;
const TASK_COLUMN = /单位|部门|主体|时限|时间|进度|期限/;
const DUE_COLUMN = /时限|时间|进度|期限/;
const DUE_CELL = /^(?:(?:19|20)\d{2}\s*年|(?:19|20)\d{2}[-./]|长期|持续|常态|每年|逐年|年底|年内|全年|按年度|按季度|按月)/;

/**
 * A task table without 序号, one cell per line: the column names (at least three, one naming
 * units or a due date), then the rows. With a due column last, a row ends at its due cell (a
 * short row lacks its leading, merged cells; a long one has its task text over several lines);
 * otherwise rows are runs of as many cells as there are columns.
 */
export function unnumberedTaskTable(text: string, cells: readonly Cell[]): { header: Cell[]; rows: RawRow[] } | null {
  let h = 0;
  while (h < cells.length && isHeaderWord(value(text, cells[h]).replace(/[\s\u3000]+/g, ''))) h++;
  const header = cells.slice(0, h);
  const names = header.map((c) => value(text, c));
  if (h < 3 || !names.some((n) => TASK_COLUMN.test(n)) || cells.length - h < h) return null;
  const body = cells.slice(h);
  const rows: RawRow[] = [];
  if (DUE_COLUMN.test(names[h - 1])) {
    const groups: Cell[][] = [];
    let open: Cell[] = [];
    for (const c of body) {
      // A line cut mid-sentence (ending in ，、) goes on in the next line.
      const last = open[open.length - 1];
      if (last && /[，,、]$/.test(value(text, last))) open[open.length - 1] = join([last, c]);
      else open.push(c);
      const v = value(text, c).trim();
      if (v.length <= 20 && DUE_CELL.test(v) && open.length >= 2) {
        groups.push(open);
        open = [];
      }
    }
    if (groups.length === 0) return null;
    const profile = columnProfile(text, groups.filter((g) => g.length === h), h);
    const wide = profile.slice(0, h - 1).reduce((best, p, i) => (p > profile[best] ? i : best), Math.min(1, h - 2));
    for (const g of groups) {
      if (g.length === h) rows.push(g);
      else if (g.length < h) rows.push([...Array<null>(h - g.length).fill(null), ...g]);
      else {
        const after = h - wide - 1;
        rows.push([...g.slice(0, wide), join(g.slice(wide, g.length - after)), ...g.slice(g.length - after)]);
      }
    }
  } else {
    if (body.length % h !== 0) return null;
    for (let i = 0; i < body.length; i += h) rows.push(body.slice(i, i + h));
  }
  return rows.length >= 1 ? { header, rows } : null;
}

