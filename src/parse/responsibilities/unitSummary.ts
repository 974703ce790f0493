import type { Responsibility, UnitSummary } from '../../schema/responsibility.js';
import { squashBlanks } from '../segment/spans.js';

/** The measure a list belongs to: its table row, its numbered item, or the list itself outside any item. */
function measureKey(list: Responsibility, index: number): string {
  if (list.table !== null) return `t${list.table}:${list.row}`;
  return list.sectionId !== null ? `s${list.sectionId}` : `l${index}`;
}

/**
 * Each distinct unit with the number of measures (numbered items or table rows) it leads, supports
 * or is responsible for; several lists of one measure count once. First-seen order.
 */
export function summariseUnits(lists: readonly Responsibility[]): UnitSummary[] {
  const byName = new Map<string, UnitSummary>();
  const counted = new Set<string>();
  lists.forEach((list, index) => {
    const measure = measureKey(list, index);
    for (const unit of list.units) {
      const name = squashBlanks(unit.name);
      const seen = `${measure}\u0000${name}\u0000${unit.role}`;
      if (counted.has(seen)) continue;
      counted.add(seen);
      const summary = byName.get(name) ?? { name, lead: 0, support: 0, responsible: 0 };
      summary[unit.role]++;
      byName.set(name, summary);
    }
  });
  return [...byName.values()];
}
