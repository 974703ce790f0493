import type { TargetRefiner } from '../candidate.js';

/**
 * Two parsers may read one phrase (`6个月` as a count `6个` and a duration): keep the longer
 * span; on equal length, the parser listed first in the configuration. Kept spans are marked in
 * a per-character map, so each test costs the candidate's length, not the number kept.
 */
export const removeOverlaps: TargetRefiner = {
  name: 'removeOverlaps',
  refine(candidates, scan) {
    const ranked = candidates
      .map((c, order) => ({ c, order }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
    const taken = new Uint8Array(scan.text.length + 1);
    const kept: typeof candidates = [];
    for (const { c } of ranked) {
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (taken[i] === 1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
