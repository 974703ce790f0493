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
