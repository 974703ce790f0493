/** Index of the first of `list` (ordered by start) starting at or after `offset`. */
export function firstStartingAt<T extends { start: number }>(list: readonly T[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
