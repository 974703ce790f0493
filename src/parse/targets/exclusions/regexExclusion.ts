import type { Exclusion } from '../candidate.js';

/** An exclusion whose regions are the matches of one regex (group `x` when present). */
export function regexExclusion(name: string, pattern: RegExp, keep?: (match: RegExpExecArray) => boolean): Exclusion {
  return {
    name,
    find(text) {
      const spans: Array<{ start: number; end: number }> = [];
      for (const m of text.matchAll(pattern)) {
        if (keep && !keep(m)) continue;
        const x = m.groups?.x;
        const start = x === undefined ? m.index : m.index + m[0].lastIndexOf(x);
        spans.push({ start, end: start + (x ?? m[0]).length });
      }
      return spans;
    },
  };
}
