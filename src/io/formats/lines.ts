// Building the text of a document out of inline runs and block breaks, the way a reader sees it.

/** CJK ideographs, CJK and full-width punctuation: no space is seen between two of these. */
const CJK = /[\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/**
 * Lines of text from runs: `text()` adds inline text whose white space collapses as in a
 * browser (a line break between two Chinese characters is no space at all), `lineBreak()` ends
 * the line. Lines are trimmed; empty lines are dropped.
 */
export class LineBuilder {
  private readonly lines: string[] = [];
  private line = '';
  private pendingSpace = false;

  /** Inline text; runs of ASCII white space collapse (no-break spaces are kept as spaces). */
  text(raw: string): void {
    const parts = raw.split(/[ \t\n\r\f]+/);
    parts.forEach((part, i) => {
      if (i > 0) this.pendingSpace = true;
      if (part === '') return;
      this.append(part.replace(/\u00a0/g, ' '));
    });
  }

  /** Text written as is (a table row with its tabs). */
  raw(text: string): void {
    this.append(text);
  }

  private append(part: string): void {
    if (this.pendingSpace && this.line !== '' && !(isCjk(this.line[this.line.length - 1]) && isCjk(part[0]))) this.line += ' ';
    this.pendingSpace = false;
    this.line += part;
  }

  lineBreak(): void {
    const trimmed = this.line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (trimmed !== '') this.lines.push(trimmed);
    this.line = '';
    this.pendingSpace = false;
  }

  /** All lines so far, the open one ended. */
  finish(): string[] {
    this.lineBreak();
    return this.lines;
  }
}

/** Pieces of one cell joined on one line: no space between Chinese, one between other words. */
export function joinInline(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    const p = piece.replace(/\t/g, ' ').trim();
    if (!p) continue;
    out += out && !(isCjk(out[out.length - 1]) && isCjk(p[0])) ? ' ' + p : p;
  }
  return out;
}

/**
 * The lines of one table cell on one line. A line break inside a cell is deliberate (a list of
 * units, one a line: 市卫生健康委 / 基层处), so the lines are kept apart by a space, which the
 * unit splitter reads as a separator; tabs inside a cell would split it.
 */
export function joinCellLines(lines: readonly string[]): string {
  return lines.map((l) => l.replace(/\t/g, ' ').trim()).filter(Boolean).join(' ');
}

/**
 * A table as lines the table reader understands: one row a line, cells tab-separated, each
 * merged cell's text repeated in every row and column it covers. `grid[r][c]` may be missing
 * (a short row): it is written empty. Rows with no text are dropped; a one-column table, or a
 * row one cell spans, is a plain line.
 */
export function gridLines(grid: ReadonlyArray<ReadonlyArray<string | undefined>>): string[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const lines: string[] = [];
  for (const row of grid) {
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? '');
    if (cells.every((c) => c === '')) continue;
    // A row one cell spans whole (a caption or a group title inside the table) is written once.
    lines.push(width === 1 || cells.every((c) => c === cells[0]) ? cells[0] : cells.join('\t'));
  }
  return lines;
}
