import { lineEndWithin, lineStartWithin } from '../../segment/textIndex.js';
import type { TargetRefiner } from '../candidate.js';
import { DOCUMENT_TYPE } from '../../lexicon/headings.js';

/** A line that is a title: no sentence punctuation, ends with a document-type word. */
const TITLE_LINE = new RegExp(`^[^，。；：,;:！？]{4,80}${DOCUMENT_TYPE}[）)]?$`, 'u');

const WINDOW = 120;

/** Years and numbers inside a document's own title (`…2023年职业教育工作要点`) are not targets. */
export const dropTitleLines: TargetRefiner = {
  name: 'dropTitleLines',
  refine(candidates, scan) {
    // Title lines are short: only the 120 characters around a candidate are searched for its
    // line ends, so a document on one line (thousands of candidates) is not scanned per candidate.
    const titles = new Map<number, boolean>();
    return candidates.filter((c) => {
      const lineStart = lineStartWithin(scan.index, c.start, WINDOW);
      const lineEnd = lineStart < 0 ? -1 : lineEndWithin(scan.index, c.end, WINDOW);
      if (lineEnd < 0) return true;
      let title = titles.get(lineStart);
      if (title === undefined) {
        title = TITLE_LINE.test(scan.text.slice(lineStart, lineEnd).trim());
        titles.set(lineStart, title);
      }
      return !title;
    });
  },
};
