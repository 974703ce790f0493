import type { Document } from '../schema/document.js';
import type { Responsibility, UnitRole } from '../schema/responsibility.js';
import { flattenSections } from '../parse/structure/tree.js';

const BLANKS = /[\s\u3000\u00a0\ufeff]+/g;
export const ROLES: readonly UnitRole[] = ['lead', 'support', 'responsible'];

/** A measure: a numbered item or a task-table row (or a list outside both). */
export interface Measure {
  key: string;
  label: string;
  heading: string | null;
  sectionId: string | null;
  table: number | null;
  row: number | null;
}

export interface MatrixRow {
  unit: string;
  /** Roles by measure key. */
  cells: Record<string, UnitRole[]>;
  lead: number;
  support: number;
  responsible: number;
  /** Measures the unit is named in, whatever the role. */
  measures: number;
}

export interface UnitMatrix {
  measures: Measure[];
  /** Units by number of measures, most first (first-seen order among equals). */
  rows: MatrixRow[];
  /** Per measure: how many units lead / support / are responsible. */
  columnTotals: Record<string, Record<UnitRole, number>>;
}

/** The same measure key as the unit summary of the parser: table row, numbered item, or the list. */
export function measureKey(list: Responsibility, index: number): string {
  if (list.table !== null) return `t${list.table}:${list.row}`;
  return list.sectionId !== null ? `s${list.sectionId}` : `l${index}`;
}

/**
 * The unit × measure matrix of one document: for each unit, its role(s) in each measure, and its
 * totals of measures led, supported and held responsible (several lists of one measure count
 * once, as in `doc.units`).
 */
export function unitMatrix(doc: Document): UnitMatrix {
  const headings = new Map(flattenSections(doc.sections).map((s) => [s.id, s.heading]));
  const measures = new Map<string, Measure>();
  const rows = new Map<string, MatrixRow>();
  doc.responsibilities.forEach((list, index) => {
    const key = measureKey(list, index);
    if (!measures.has(key)) {
      const label = list.table !== null ? `表${list.table + 1}-${list.row ?? '?'}` : list.sectionId !== null ? list.sectionId : `清单${index + 1}`;
      const heading = list.sectionId !== null ? (headings.get(list.sectionId) ?? null) : null;
      measures.set(key, { key, label, heading, sectionId: list.sectionId, table: list.table, row: list.row });
    }
    for (const unit of list.units) {
      const name = unit.name.replace(BLANKS, '');
      const row = rows.get(name) ?? { unit: name, cells: {}, lead: 0, support: 0, responsible: 0, measures: 0 };
      const cell = row.cells[key] ?? (row.measures++, (row.cells[key] = []));
      if (!cell.includes(unit.role)) {
        cell.push(unit.role);
        cell.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
        row[unit.role]++;
      }
      rows.set(name, row);
    }
  });
  const columnTotals: UnitMatrix['columnTotals'] = {};
  for (const key of measures.keys()) columnTotals[key] = { lead: 0, support: 0, responsible: 0 };
  for (const row of rows.values()) for (const [key, roles] of Object.entries(row.cells)) for (const role of roles) columnTotals[key][role]++;
  const ordered = [...rows.values()].map((row, order) => ({ row, order })).sort((a, b) => b.row.measures - a.row.measures || a.order - b.order);
  return { measures: [...measures.values()], rows: ordered.map(({ row }) => row), columnTotals };
}
