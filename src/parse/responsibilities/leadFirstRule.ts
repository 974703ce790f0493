import type { FoundList } from './layout.js';
import { findLeadFirstClauses } from './leadFirstClause.js';

/** Between a list and a remark that follows it: spaces, a stop, and the remark's own bracket. */
const ADJACENT = /^[\s\u3000。．.；;，,]*[（(]?[\s\u3000]*$/u;

/** The body list that ends last before `offset`. */
function listBefore(lists: readonly FoundList[], offset: number): FoundList | null {
  let found: FoundList | null = null;
  for (const l of lists) if (l.table === null && l.end <= offset && (!found || l.end > found.end)) found = l;
  return found;
}

/**
 * Where the lead-first rule starts to hold: the first list that states the clause or that the clause
 * follows as a remark of its own (`（A、B）（排名第一的为牵头单位，下同）`), or the whole document when
 * the clause stands apart from every list (a note such as `各项任务排在第一位的为牵头单位`).
 * Returns null when the document never states it.
 */
export function leadFirstFrom(text: string, lists: readonly FoundList[]): number | null {
  let from: number | null = null;
  const holdFrom = (start: number) => (from = Math.min(from ?? start, start));
  for (const list of lists) if (list.leadFirstClause) holdFrom(list.start);
  for (const offset of findLeadFirstClauses(text)) {
    if (lists.some((l) => l.start <= offset && offset < l.end)) continue;
    const before = listBefore(lists, offset);
    if (before && ADJACENT.test(text.slice(before.end, offset))) holdFrom(before.start);
    else return 0;
  }
  return from;
}

/** Under the rule, a list whose roles the text leaves open gets its first unit as lead, the rest as support. */
export function applyLeadFirst(list: FoundList): FoundList {
  if (list.units.length === 0 || list.units.some((u) => u.role !== 'responsible')) return list;
  return { ...list, units: list.units.map((u, i) => ({ name: u.name, role: i === 0 ? 'lead' : 'support' })) };
}
