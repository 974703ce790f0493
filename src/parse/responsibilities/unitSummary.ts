import type { Responsibility, UnitSummary } from '../../schema/responsibility.js';

const key = (name: string) => name.replace(/[\s\u3000]+/gu, '');

/** Each distinct unit with the number of lists in which it leads, supports or is responsible; first-seen order. */
export function summariseUnits(lists: readonly Responsibility[]): UnitSummary[] {
  const byName = new Map<string, UnitSummary>();
  for (const list of lists) {
    const counted = new Set<string>();
    for (const unit of list.units) {
      const k = key(unit.name);
      if (counted.has(`${k}\u0000${unit.role}`)) continue;
      counted.add(`${k}\u0000${unit.role}`);
      const summary = byName.get(k) ?? { name: k, lead: 0, support: 0, responsible: 0 };
      summary[unit.role]++;
      byName.set(k, summary);
    }
  }
  return [...byName.values()];
}
