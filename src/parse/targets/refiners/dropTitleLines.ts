import { lineEndWithin, lineStartWithin } from '../../segment/textIndex.js';
import type { TargetRefiner } from '../candidate.js';

/** A line that is a title: no sentence punctuation, ends with a document-type word. */
const TITLE_LINE = /^[^，。；：,;:！？]{4,80}(?:方案|计划|规划|通知|意见|办法|要点|细则|纲要|报告|决定|措施|条例|规定|安排)[）)]?$/u;

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
