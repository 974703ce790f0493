/**
 * Line ends near an offset, looked for within `limit` characters only: a document flattened
 * onto one line holds thousands of targets, and an unbounded search per target is O(n²).
 */

/** Offset of the start of the line holding `offset`, or -1 when it lies more than `limit` back. */
export function lineStartWithin(text: string, offset: number, limit: number): number {
  const floor = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= floor; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return floor === 0 ? 0 : -1;
}

/** Offset of the end of the line holding `offset` (its `\n` or the text end), or -1 when more than `limit` ahead. */
export function lineEndWithin(text: string, offset: number, limit: number): number {
  const ceiling = Math.min(text.length, offset + limit);
  for (let i = offset; i < ceiling; i++) if (text.charCodeAt(i) === 0x0a) return i;
  return ceiling === text.length ? text.length : -1;
}

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
