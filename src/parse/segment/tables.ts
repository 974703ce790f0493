// Attachment task tables (附件：…清单 / 分工表): tab-separated rows, one cell per line (tab-led or
// plain), or all of it flattened onto one line. Header rows repeated on every page are dropped,
// merged cells are filled from the cell above, a cell broken over lines is kept whole. Lines and
// their tab-separated cells come from the index (cells.ts).
import type { CellSpan, Table } from '../../schema/table.js';
import type { Paragraph } from './paragraphs.js';
import { ATTACHMENT_PREFIX } from '../lexicon/headings.js';
import { trimSpan, type Span } from './spans.js';
import { lastEndingAtOrBefore } from '../search.js';
import { lineCellsWithin, lineSpansWithin, linesWithin, type CellText } from './cells.js';
import { isCategoryRow, numberedItemTable, rowsBySerial, unnumberedTaskTable, type Cell, type RawRow } from './lineTables.js';
import { lineIndexAt, type TextIndex } from './textIndex.js';

const SERIAL = /^[0-9０-９]{1,3}$/;
const HEADER_FIRST = /序\s*号/g;
const PADDING = /\S(?:[ \u3000]{2,})\S.*\S(?:[ \u3000]{2,})\S/;
const ROW_BREAK = /^(.*?[ \u3000]+)(?:[0-9０-９]{1,3}|序\s*号)[ \u3000]*$/;

const value = (text: string, c: Cell): string => text.slice(c.start, c.end);

/** True when [from, to) holds no line break (the table was flattened onto one line). */
const onOneLine = (index: TextIndex, from: number, to: number): boolean => index.lines[lineIndexAt(index.lines, from)].end >= to;

/**
 * Cells from `from` to `to` when the table uses tabs. A line holding only a tab is an empty
 * (merged) cell; a tab-less line continues the cell before it.
 */
function tabCells(index: CellText, from: number, to: number): Cell[] {
  const { text } = index;
  const cells: Cell[] = [];
  const flattened = onOneLine(index, from, to);
  for (const line of linesWithin(index, from, to)) {
    const parts = lineCellsWithin(index, line.line, line.start, line.end);
    const tabbed = parts.length > 1;
    const trimmed = trimSpan(text, line.start, line.end);
    if (!tabbed && trimmed.start === trimmed.end) continue;
    if (tabbed || cells.length === 0) {
      parts.forEach((part, i) => {
        const span = trimSpan(text, part.start, part.end);
        // Tab-separated rows flattened onto one line: `完成时限 1` is a row's last cell, a blank
        // where the line break was, and the next row's serial (or a repeated header).
        const rowBreak = flattened ? ROW_BREAK.exec(text.slice(part.start, part.end)) : null;
        if (rowBreak && i > 0) {
          cells.push(trimSpan(text, part.start, part.start + rowBreak[1].length));
          cells.push(trimSpan(text, part.start + rowBreak[1].length, part.end));
        } else if (!(i === 0 && span.start === span.end)) {
          cells.push(span); // (a line that starts with its tab has nothing before it)
        }
      });
    } else if (cells.length) {
      cells[cells.length - 1].end = trimmed.end;
    }
  }
  return cells;
}

/** Cells from `from` to `to` written one per line without tabs (blank-separated once flattened). */
function lineCells(index: TextIndex, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  if (onOneLine(index, from, to)) {
    for (const m of index.text.slice(from, to).matchAll(/[^\s\u3000]+/g)) cells.push({ start: from + m.index, end: from + m.index + m[0].length });
    return cells;
  }
  return lineSpansWithin(index, from, to);
}

/**
 * Tab-separated rows, one row a line: the header line gives the width; a line that comes while
 * the row above is still short continues that row (its first piece ends the row's last cell).
 */
function rowsByLine(index: TextIndex, from: number, to: number, separator: RegExp): { header: Cell[]; rows: Array<Array<Cell | null>> } {
  const { text } = index;
  const header: Cell[] = [];
  const rows: Array<Array<Cell | null>> = [];
  for (const { start: lineStart, end: lineEnd } of linesWithin(index, from, to)) {
    const pieces: Cell[] = [];
    const line = text.slice(lineStart, lineEnd);
    let at = 0;
    for (const sep of line.matchAll(separator)) {
      pieces.push(trimSpan(text, lineStart + at, lineStart + sep.index));
      at = sep.index + sep[0].length;
    }
    pieces.push(trimSpan(text, lineStart + at, lineEnd));
    if (pieces.every((p) => p.start === p.end)) continue;
    if (header.length === 0) {
      header.push(...pieces);
      continue;
    }
    if (value(text, pieces[0]).replace(/\s+/g, '') === value(text, header[0]).replace(/\s+/g, '')) continue;
    const open = rows[rows.length - 1];
    if (open && open.length < header.length) {
      const last = open[open.length - 1];
      if (last && pieces[0].start < pieces[0].end) open[open.length - 1] = { start: last.start, end: pieces[0].end };
      open.push(...pieces.slice(1));
    } else {
      rows.push(pieces);
    }
  }
  return { header, rows: rows.map((r) => r.slice(0, header.length).map((c) => (c && c.start < c.end ? c : null))) };
}

/** Tab mode: the stream is exact (empty cells are written), so rows are runs of `width` cells. */
function rowsByWidth(text: string, cells: readonly Cell[], header: readonly string[]): Array<Array<Cell | null>> {
  const rows: Array<Array<Cell | null>> = [];
  for (let i = 0; i < cells.length; ) {
    const row = cells.slice(i, i + header.length);
    i += header.length;
    if (value(text, row[0]).replace(/\s+/g, '') === header[0].replace(/\s+/g, '')) continue; // repeated header
    rows.push([...row, ...Array<null>(header.length - row.length).fill(null)]);
  }
  return rows;
}

function titleOf(text: string, paragraphs: readonly Paragraph[], headerAt: number): string {
  // Just after the last paragraph ending at or before the header (paragraphs are in order).
  const lo = lastEndingAtOrBefore(paragraphs, headerAt) + 1;
  const lines: string[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (ATTACHMENT_PREFIX.test(p.text)) {
      const rest = p.text.replace(ATTACHMENT_PREFIX, '').trim();
      if (lines.length === 0 && rest) lines.unshift(rest);
      break;
    }
    if (lines.length >= 3 || /[。；]$/.test(p.text)) break;
    lines.unshift(p.text.trim());
  }
  return lines.join('');
}

/** One table whose header row starts at `headerAt`, ending before `to`. */
function readTable(index: CellText, paragraphs: readonly Paragraph[], headerAt: number, to: number): Table | null {
  const { text } = index;
  const { start: lineStart, end: lineEnd } = index.lines[lineIndexAt(index.lines, headerAt)];
  const headerLine = text.slice(headerAt, Math.min(lineEnd, to));
  let header: string[];
  let raw: Array<Array<Cell | null>>;
  const multiLine = lineEnd < to;
  // A markdown pipe table (crawler copies): `| 序号 | 重点任务 | 牵头单位 |`, a `| --- |` row, rows.
  if (/^[ \t]*\|/.test(text.slice(lineStart, headerAt))) {
    const piped = pipeRows(index, lineStart, to);
    if (!piped) return null;
    return assemble(text, piped.header, piped.rows, titleOf(text, paragraphs, lineStart), lineStart);
  }
  // Columns aligned with runs of spaces (text taken from a PDF) separate like tabs.
  const separator = headerLine.includes('\t') ? /\t/g : PADDING.test(headerLine) ? /\t|[ \u3000]{2,}/g : null;
  if (separator && multiLine) {
    const byLine = rowsByLine(index, headerAt, to, separator);
    header = byLine.header.map((c) => value(text, c));
    raw = byLine.rows;
  } else {
    const usesTabs = text.slice(headerAt, to).includes('\t');
    const cells = usesTabs ? tabCells(index, headerAt, to) : lineCells(index, headerAt, to);
    const firstSerial = cells.findIndex((c) => SERIAL.test(value(text, c)));
    if (firstSerial < 2) return null;
    let headerEnd = firstSerial;
    while (headerEnd > 0 && isCategoryRow(index, cells[headerEnd - 1])) headerEnd--; // `一、…` above the first item
    header = cells.slice(0, headerEnd).map((c) => value(text, c));
    const body = cells.slice(firstSerial);
    if (usesTabs) raw = rowsByWidth(text, body, header);
    else ({ header, rows: raw } = rowsBySerial(index, body, header));
  }
  if (raw.length === 0 || header.length < 2) return null;
  return assemble(text, header, raw, titleOf(text, paragraphs, headerAt), headerAt);
}

/**
 * Rows of a markdown pipe table from `from` until the first line that is not a table row. The
 * first row is the header; separator rows and repeated headers are dropped; an empty cell is merged.
 */
function pipeRows(index: TextIndex, from: number, to: number): { header: string[]; rows: RawRow[] } | null {
  const { text } = index;
  const rows: Cell[][] = [];
  for (const line of lineSpansWithin(index, from, to)) {
    const value = text.slice(line.start, line.end);
    if (!value.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    if (/^\|[\s|:-]*\|?$/.test(value)) continue; // | --- | --- |
    const cells: Cell[] = [];
    let at = line.start + 1;
    for (const part of value.slice(1).split('|')) {
      cells.push(trimSpan(text, at, at + part.length));
      at += part.length + 1;
    }
    if (value.endsWith('|')) cells.pop();
    rows.push(cells);
  }
  if (rows.length < 2) return null;
  const header = rows[0].map((c) => text.slice(c.start, c.end).replace(/\*\*/g, '').trim());
  const key = (c: Cell | undefined) => (c ? text.slice(c.start, c.end).replace(/[\s*]+/g, '') : '');
  const body = rows.slice(1).filter((r) => key(r[0]) !== header[0].replace(/\s+/g, ''));
  return { header, rows: body.map((r) => header.map((_, i) => (r[i] && r[i].start < r[i].end ? r[i] : null))) };
}

/** Values and spans of the rows; a merged (missing or empty) cell takes the value and span of the cell above. */
function assemble(text: string, header: string[], raw: readonly RawRow[], title: string, start: number): Table {
  const rows: string[][] = [];
  const cellSpans: Array<Array<CellSpan | null>> = [];
  raw.forEach((row, r) => {
    const values: string[] = [];
    const spans: Array<CellSpan | null> = [];
    row.forEach((cell, c) => {
      const v = cell ? value(text, cell) : '';
      // The serial column is filled only where the cell is missing (a written blank stays blank).
      if (v === '' && r > 0 && (c > 0 || cell === null) && rows[r - 1][c] !== '') {
        values.push(rows[r - 1][c]); // merged with the cell above
        spans.push(cellSpans[r - 1][c]);
      } else {
        values.push(v);
        spans.push(cell && cell.start < cell.end ? { start: cell.start, end: cell.end } : null);
      }
    });
    rows.push(values);
    cellSpans.push(spans);
  });
  const end = raw.reduce((max, row) => row.reduce((m, c) => Math.max(m, c?.end ?? 0), max), start);
  return { title, columns: header, rows, start, end, cellSpans };
}

/**
 * A part without a 序号 header: a table whose rows are opened by numbered items, written one
 * cell per line after the table's title line.
 */
function readItemTable(index: TextIndex, heading: Paragraph, to: number): Table | null {
  const { text } = index;
  const lines = lineSpansWithin(index, heading.end, to);
  const own = heading.text.replace(ATTACHMENT_PREFIX, '').trim();
  let title = own || (lines.length ? value(text, lines[0]) : '');
  let first = own ? 0 : 1;
  // A title broken over lines: its last line names the table (`…任务分工表`, `…清单`).
  if (!own && !/(?:表|清单|一览|体系)(?:[（(][^（）()]*[）)])?$/.test(title) && lines[1] && /(?:表|清单|一览)$/.test(value(text, lines[1]))) {
    title += value(text, lines[1]);
    first = 2;
  }
  const cells = lines.slice(first);
  const found = numberedItemTable(index, cells) ?? unnumberedTaskTable(text, cells);
  if (!found) return null;
  const header = found.header.map((c) => value(text, c));
  return assemble(text, header, found.rows, title, found.header[0].start);
}

/**
 * Tables of the attachments, which start at paragraph index `from`. Each attachment heading
 * (附件, 附件2) opens a part; a part's table starts at its first 序号 header cell.
 */
export function extractTables(index: CellText, paragraphs: readonly Paragraph[], from: number | null): Table[] {
  if (from === null) return [];
  const { text } = index;
  const headings = paragraphs
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => i >= from && ATTACHMENT_PREFIX.test(p.text) && !/。$/.test(p.text) && p.text.length <= 120);
  const tables: Table[] = [];
  headings.forEach(({ p }, h) => {
    const partEnd = headings[h + 1]?.p.start ?? text.length;
    HEADER_FIRST.lastIndex = p.end;
    const m = HEADER_FIRST.exec(text);
    const table = !m || m.index >= partEnd ? readItemTable(index, p, partEnd) : readTable(index, paragraphs, m.index, partEnd);
    if (table) tables.push(table);
  });
  return tables;
}

/** A body table's title: the line just above it when it names a table (`表1 主要指标`, `…任务分工表`), else empty. */
function bodyTableTitle(index: TextIndex, headerAt: number): string {
  const above = lineIndexAt(index.lines, headerAt) - 1;
  if (above < 0) return '';
  const line = index.lines[above].text.trim();
  return line.length <= 60 && /^表\s*[0-9０-９一二三四五六七八九十]|(?:表|清单|一览)(?:[（(][^（）()]*[）)])?$/.test(line) ? line : '';
}

/** Words of a table's header row (a body table names its columns like a task table does). */
const HEADER_WORD = /序\s*号|指\s*标|牵头|责任|配合|单位|部门|任务|目标|时限|内容|名称|类别|项目|措施/;

/**
 * Tables inside the body, before `to` (the attachments' start): what a web page's or a Word file's
 * `<table>` becomes (one row per line, cells tab-separated, merged cells already filled), or a text
 * copy of it. A run of two or more lines of two or more tab-separated cells (the index's cell
 * runs), whose first line names columns, is a table; indentation with a tab is not.
 */
export function extractBodyTables(index: CellText, paragraphs: readonly Paragraph[], to: number): Table[] {
  const { text, lines } = index;
  const tables: Table[] = [];
  const cut = lineIndexAt(lines, to);
  for (const run of index.cells.cellRuns) {
    if (run.first >= cut) break;
    const first = trimSpan(text, lines[run.first].start, lines[run.first].end);
    const last = run.last < cut ? trimSpan(text, lines[run.last].start, lines[run.last].end) : lastLineBefore(index, run.first, to);
    if (last.start === first.start || !HEADER_WORD.test(value(text, first))) continue;
    const table = readTable(index, paragraphs, first.start, last.end);
    if (table) tables.push({ ...table, title: bodyTableTitle(index, first.start) });
  }
  return tables;
}

/**
 * The last line of a cell run that reaches `to`, the line holding `to` counting only up to it
 * (the attachments may start inside a line cut out of a flattened one): that part when it still
 * holds two non-empty cells, else the last non-blank line before it (`first` at the earliest).
 */
function lastLineBefore(index: CellText, first: number, to: number): Span {
  const { text, lines } = index;
  const cut = lineIndexAt(lines, to);
  const part = lineCellsWithin(index, cut, lines[cut].start, to).filter((c) => trimSpan(text, c.start, c.end).start < c.end);
  if (part.length >= 2) return trimSpan(text, lines[cut].start, to);
  let k = cut - 1;
  while (k > first && trimSpan(text, lines[k].start, lines[k].end).start === lines[k].end) k--;
  return trimSpan(text, lines[k].start, lines[k].end);
}
