import type { Exclusion } from '../candidate.js';
import { matchesOf, positionsIn, runTable, startTable } from '../scan.js';

/** An exclusion found by one regex; `startChars`, when given, lists every character a match can begin with. */
export interface RegexExclusion extends Exclusion {
  readonly pattern: RegExp;
}

/** An exclusion whose regions are the matches of one regex (group `x` when present). */
export function regexExclusion(
  name: string,
  pattern: RegExp,
  keep?: (match: RegExpExecArray) => boolean,
  startChars?: string,
  runClasses?: readonly string[],
  innerClasses?: readonly string[],
): RegexExclusion {
  const runs = runClasses !== undefined ? runTable(runClasses) : undefined;
  const inner = innerClasses !== undefined ? runTable(innerClasses) : undefined;
  return {
    name,
    pattern,
    startChars,
    runClasses,
    innerClasses,
    find(text, starts) {
      const spans: Array<{ start: number; end: number }> = [];
      const own = startChars !== undefined ? startTable(startChars) : undefined;
      const candidates = own === undefined ? undefined : starts ?? positionsIn(text, own);
      for (const m of matchesOf(pattern, text, candidates, runs, own, inner)) {
        if (keep && !keep(m)) continue;
        const x = m.groups?.x;
        const start = x === undefined ? m.index : m.index + m[0].lastIndexOf(x);
        spans.push({ start, end: start + (x ?? m[0]).length });
      }
      return spans;
    },
  };
}
