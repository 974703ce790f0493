import type { FoundList } from './layout.js';
import { findLeadFirstClauses } from './leadFirstClause.js';

/**
 * Where the lead-first rule starts to hold: the first list that states the clause, or the whole
 * document when the clause stands outside any list (a note such as `各项任务排在第一位的为牵头单位`).
 * Returns null when the document never states it.
 */
export function leadFirstFrom(text: string, lists: readonly FoundList[]): number | null {
  let from: number | null = null;
  for (const list of lists) if (list.leadFirstClause) from = Math.min(from ?? list.start, list.start);
  for (const offset of findLeadFirstClauses(text)) {
    const inList = lists.some((l) => l.start <= offset && offset < l.end);
    if (!inList) return 0;
  }
  return from;
}

/** Under the rule, a list whose roles the text leaves open gets its first unit as lead, the rest as support. */
export function applyLeadFirst(list: FoundList): FoundList {
  if (list.units.length === 0 || list.units.some((u) => u.role !== 'responsible')) return list;
  return { ...list, units: list.units.map((u, i) => ({ name: u.name, role: i === 0 ? 'lead' : 'support' })) };
}
