import type { TargetRefiner } from '../candidate.js';

/**
 * Two parsers may read one phrase (`6个月` as a count `6个` and a duration): keep the longer
 * span; on equal length, the parser listed first in the configuration.
 */
export const removeOverlaps: TargetRefiner = {
  name: 'removeOverlaps',
  refine(candidates) {
    const ranked = candidates
      .map((c, order) => ({ c, order }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
    const kept: typeof candidates = [];
    for (const { c } of ranked) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
