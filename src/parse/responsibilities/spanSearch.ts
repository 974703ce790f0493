// Disjoint spans for overlap questions; the binary searches live in ../search.ts (re-exported here
// for the list finders).
import { lastStartingAtOrBefore } from '../search.js';

export { lastStartingAtOrBefore, lowerBound } from '../search.js';

/**
 * Disjoint spans kept sorted by start, for asking whether a new span overlaps any of them.
 * Spans are added in increasing start order.
 */
export class DisjointSpans {
  private readonly spans: Array<{ start: number; end: number }> = [];

  constructor(sorted: ReadonlyArray<{ start: number; end: number }> = []) {
    for (const s of sorted) this.add(s);
  }

  add(span: { start: number; end: number }): void {
    this.spans.push({ start: span.start, end: span.end });
  }

  /** Some span shares a character with [start, end). */
  overlaps(start: number, end: number): boolean {
    // Disjoint and sorted: only the last span starting before `end` can reach past `start`.
    const i = lastStartingAtOrBefore(this.spans, end - 1);
    return i >= 0 && this.spans[i].end > start;
  }
}
