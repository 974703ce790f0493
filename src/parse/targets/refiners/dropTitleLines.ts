import type { TargetRefiner } from '../candidate.js';

/** A line that is a title: no sentence punctuation, ends with a document-type word. */
const TITLE_LINE = /^[^，。；：,;:！？]{4,80}(?:方案|计划|规划|通知|意见|办法|要点|细则|纲要|报告|决定|措施|条例|规定|安排)[）)]?$/u;

/** Years and numbers inside a document's own title (`…2023年职业教育工作要点`) are not targets. */
export const dropTitleLines: TargetRefiner = {
  name: 'dropTitleLines',
  refine(candidates, scan) {
    return candidates.filter((c) => {
      const lineStart = scan.text.lastIndexOf('\n', c.start - 1) + 1;
      const next = scan.text.indexOf('\n', c.end);
      const line = scan.text.slice(lineStart, next < 0 ? undefined : next).trim();
      return !TITLE_LINE.test(line);
    });
  },
};
