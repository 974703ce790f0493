/** One physical line of the source. `end` excludes the line break. */
export interface Line {
  /** 0-based line index. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Split text into lines on \r\n, \n, \r, U+2028 and U+2029, keeping offsets into `text`.
 * Nothing is trimmed: callers decide what indentation means.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) !== null) {
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Every line-break kind official texts arrive with: \r\n, \n, bare \r, U+2028, U+2029. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Non-blank lines of `text[from, to)`, each trimmed of blanks (offsets stay absolute), for every
 * line-break kind.
 */
export function lineSpansIn(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const push = (s: number, e: number) => {
    while (s < e && /[\s\u3000\u00a0\ufeff]/.test(text[s])) s++;
    while (e > s && /[\s\u3000\u00a0\ufeff]/.test(text[e - 1])) e--;
    if (s < e) out.push({ start: s, end: e });
  };
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  breaks.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = breaks.exec(text)) !== null && m.index < to) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, to);
  return out;
}

/** End of the line holding `from` and the start of the next one (`text.length` at the end). */
export function lineEndAt(text: string, from: number): { end: number; next: number } {
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  breaks.lastIndex = from;
  const m = breaks.exec(text);
  return m ? { end: m.index, next: m.index + m[0].length } : { end: text.length, next: text.length };
}

/** Start of the line holding `at` (after the nearest line break of any kind before it). */
export function lineStartAt(text: string, at: number): number {
  let i = at;
  while (i > 0 && !'\n\r\u2028\u2029'.includes(text[i - 1])) i--;
  return i;
}
