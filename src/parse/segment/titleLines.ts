// The lines that are a whole title: a notice's or plan's own title (`…2023年职业教育工作要点`), an
// attachment's, a cited plan's standing on a line of its own. Numbers on them name a document;
// they set no target. Every physical line is tested once when the index is built (chrome too); a
// flattened line, its paragraphs cut out of one line, is far too long to be one.
import { DOCUMENT_TYPE } from '../lexicon/headings.js';
import type { Line } from './lines.js';
import { firstAtOrAfter, lineIndexAt } from './textIndex.js';

/** A title line, trimmed: 4–80 characters without sentence or clause punctuation, then a genre word. */
const TITLE_LINE = new RegExp(`^[^，。；：,;:！？]{4,80}${DOCUMENT_TYPE}[）)]?$`, 'u');

/** Indices of the lines that are title lines, ascending. */
export function findTitleLines(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (const line of lines) if (TITLE_LINE.test(line.text.trim())) out.push(line.index);
  return out;
}

/** True when `[start, end)` lies on one title line (a binary search over the lines, then the title lines). */
export function onTitleLine(index: { readonly lines: readonly Line[]; readonly titleLines: readonly number[] }, start: number, end: number): boolean {
  const k = lineIndexAt(index.lines, start);
  return index.titleLines[firstAtOrAfter(index.titleLines, k)] === k && end <= index.lines[k].end;
}
