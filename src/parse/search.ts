// Binary searches over things sorted by offset. Stages look up a span per target, list or bracket;
// a scan of every span each time would make a big document quadratic.

/** The first index in [0, length) at which `before(i)` is false, for a predicate true on a prefix. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose `start` is at or before `offset` (items sorted by start), or -1. */
export const lastStartingAtOrBefore = (items: ReadonlyArray<{ start: number }>, offset: number): number =>
  partitionPoint(items.length, (i) => items[i]!.start <= offset) - 1;

/** Index of the first item (sorted by start) starting at or after `offset`. */
export const firstStartingAt = (items: ReadonlyArray<{ start: number }>, offset: number): number =>
  partitionPoint(items.length, (i) => items[i]!.start < offset);

/** Index of the last item (in order, disjoint) ending at or before `offset`, or -1. */
export const lastEndingAtOrBefore = (items: ReadonlyArray<{ end: number }>, offset: number): number =>
  partitionPoint(items.length, (i) => items[i]!.end <= offset) - 1;

/** Index of the first number in `sorted` (ascending) that is at least `value`. */
export const lowerBound = (sorted: readonly number[], value: number): number => partitionPoint(sorted.length, (i) => sorted[i]! < value);
