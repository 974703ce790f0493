import type { FoundList } from './layout.js';
import { findLeadFirstClauses } from './leadFirstClause.js';
import { lastStartingAtOrBefore, lowerBound } from './spanSearch.js';

/** Between a list and a remark that follows it: spaces, a stop, and the remark's own bracket. */
const ADJACENT = /^[\s\u3000。．.；;，,]*[（(]?[\s\u3000]*$/u;

/**
 * Where the lead-first rule starts to hold: the first list that states the clause or that the clause
 * follows as a remark of its own (`（A、B）（排名第一的为牵头单位，下同）`), or the whole document when
 * the clause stands apart from every list (a note such as `各项任务排在第一位的为牵头单位`).
 * Returns null when the document never states it. `lists` are sorted by start.
 */
export function leadFirstFrom(text: string, lists: readonly FoundList[]): number | null {
  let from: number | null = null;
  const holdFrom = (start: number) => (from = Math.min(from ?? start, start));
  for (const list of lists) if (list.leadFirstClause) holdFrom(list.start);
  // The furthest end among the lists starting at or before each one: does some list hold an offset?
  const reach: number[] = [];
  for (const l of lists) reach.push(Math.max(reach.at(-1) ?? -1, l.end));
  // Body lists are disjoint, so sorted by start they are sorted by end too.
  const body = lists.filter((l) => l.table === null);
  const bodyEnds = body.map((l) => l.end);
  for (const offset of findLeadFirstClauses(text)) {
    const last = lastStartingAtOrBefore(lists, offset);
    if (last >= 0 && reach[last] > offset) continue;
    // The body list that ends last at or before the clause.
    const before = body[upperBound(bodyEnds, offset) - 1];
    if (before && ADJACENT.test(text.slice(before.end, offset))) holdFrom(before.start);
    else return 0;
  }
  return from;
}

/** Index of the first number in `sorted` greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value + 1);
}

/** Under the rule, a list whose roles the text leaves open gets its first unit as lead, the rest as support. */
export function applyLeadFirst(list: FoundList): FoundList {
  if (list.units.length === 0 || list.units.some((u) => u.role !== 'responsible')) return list;
  return { ...list, units: list.units.map((u, i) => ({ name: u.name, role: i === 0 ? 'lead' : 'support' })) };
}
