// Binary searches over spans sorted by start: the list finders look things up per list or per
// bracket, and a scan of every span each time would make a document with many lists quadratic.

/** Index of the last item whose `start` is at or before `offset` (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first number in `sorted` (ascending) that is at least `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
