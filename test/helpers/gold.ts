// A compact re-statement of the gold matching rules in the contract, so the seed corpus is a
// regression ratchet inside the project (the project must not read ../shared at test time).
import type { Document, Section, Target } from '../../src/index.js';

export interface GoldTarget extends Target {
  optional?: boolean;
}
export interface Gold {
  meta: Document['meta'];
  sections: Array<Pick<Section, 'id' | 'marker' | 'heading'>>;
  targets: GoldTarget[];
  responsibilities: Document['responsibilities'];
  notes: Array<{ marker: string; term: string | null }>;
  tables: Array<{ rows: string[][] }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const f1 = ({ tp, fp, fn }: Counts): number => (tp === 0 && fp === 0 && fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));
export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

const squash = (s: unknown): string => String(s ?? '').replace(/[\s\u3000]+/g, '').replace(/[。；;.，,：:]+$/u, '');

function flatten(nodes: readonly Section[], out: Section[] = []): Section[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export function sectionCounts(gold: Gold, doc: Document): Counts & { headingsOk: number } {
  const predicted = new Map(flatten(doc.sections).map((s) => [s.id, s]));
  let tp = 0;
  let headingsOk = 0;
  for (const g of gold.sections) {
    const p = predicted.get(g.id);
    if (!p) continue;
    tp++;
    if (squash(p.heading) === squash(g.heading)) headingsOk++;
  }
  return { tp, fp: predicted.size - tp, fn: gold.sections.length - tp, headingsOk };
}

/** Equal numbers, or both absent; hand-typed gold writes 100/3 with finitely many digits. */
function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Targets match one-to-one by largest span overlap; predictions overlapping an optional gold item are free. */
export function targetCounts(gold: Gold, doc: Document): Counts & { exact: number } {
  const pairs: Array<[number, number, number]> = [];
  gold.targets.forEach((g, i) =>
    doc.targets.forEach((p, j) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) pairs.push([overlap, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (goldTaken.has(i) || predTaken.has(j)) continue;
    goldTaken.set(i, j);
    predTaken.add(j);
  }
  let tp = 0;
  let fn = 0;
  let exact = 0;
  gold.targets.forEach((g, i) => {
    if (g.optional) return;
    const j = goldTaken.get(i);
    if (j === undefined) return void fn++;
    tp++;
    const p = doc.targets[j];
    const same =
      g.kind === p.kind &&
      (g.kind === 'date'
        ? g.year === p.year && g.month === p.month && g.day === p.day
        : sameNumber(g.value, p.value) && sameNumber(g.min, p.min) && sameNumber(g.max, p.max) &&
          (g.unit ?? null) === (p.unit ?? null) && g.comparator === p.comparator);
    if (same) exact++;
  });
  let fp = 0;
  doc.targets.forEach((p, j) => {
    if (predTaken.has(j)) return;
    if (gold.targets.some((g) => g.optional && Math.min(g.end, p.end) > Math.max(g.start, p.start))) return;
    fp++;
  });
  return { tp, fp, fn, exact };
}

function unitsByList(lists: Document['responsibilities']): Map<string, Map<string, string>> {
  const byKey = new Map<string, Map<string, Set<string>>>();
  for (const list of lists) {
    const key = list.table !== null ? `t${list.table}:${list.row}` : `s${list.sectionId}`;
    const units = byKey.get(key) ?? new Map<string, Set<string>>();
    for (const u of list.units) units.set(squash(u.name), (units.get(squash(u.name)) ?? new Set()).add(u.role));
    byKey.set(key, units);
  }
  return new Map([...byKey].map(([k, units]) => [k, new Map([...units].map(([n, roles]) => [n, [...roles].sort().join('+')]))]));
}

export function responsibilityCounts(gold: Gold, doc: Document): Counts & { rolesOk: number } {
  const g = unitsByList(gold.responsibilities);
  const p = unitsByList(doc.responsibilities);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rolesOk = 0;
  for (const [key, goldUnits] of g) {
    const predUnits = p.get(key) ?? new Map<string, string>();
    for (const [name, role] of goldUnits) {
      if (!predUnits.has(name)) fn++;
      else {
        tp++;
        if (predUnits.get(name) === role) rolesOk++;
      }
    }
    for (const name of predUnits.keys()) if (!goldUnits.has(name)) fp++;
  }
  for (const [key, units] of p) if (!g.has(key)) fp += units.size;
  return { tp, fp, fn, rolesOk };
}

export function metaFieldsOk(gold: Gold, doc: Document): string[] {
  const title = (s: unknown) => squash(s).replace(/[（(]\d{4}\s*[-—–~～至]\s*\d{4}\s*年?[）)]$/u, '');
  const set = (xs: string[]) => xs.map(squash).sort().join('|');
  const g = gold.meta;
  const m = doc.meta;
  const wrong: string[] = [];
  if (title(g.title) !== title(m.title)) wrong.push('title');
  if (squash(g.docNumber) !== squash(m.docNumber)) wrong.push('docNumber');
  if (squash(g.issuer) !== squash(m.issuer)) wrong.push('issuer');
  if (g.issueDate !== m.issueDate) wrong.push('issueDate');
  if (g.draft !== m.draft) wrong.push('draft');
  if (JSON.stringify(g.period) !== JSON.stringify(m.period && { start: m.period.start, end: m.period.end })) wrong.push('period');
  if (set(g.recipients) !== set(m.recipients)) wrong.push('recipients');
  if (set(g.basis.map((b) => b.docNumber ?? b.title)) !== set(m.basis.map((b) => b.docNumber ?? b.title))) wrong.push('basis');
  return wrong;
}

export function noteCounts(gold: Gold, doc: Document): Counts {
  const terms = new Set(gold.notes.map((n) => squash(n.term ?? n.marker)));
  const hit = doc.notes.filter((n) => terms.has(squash(n.term ?? n.marker))).length;
  return { tp: hit, fp: doc.notes.length - hit, fn: gold.notes.length - hit };
}

export function tableCells(gold: Gold, doc: Document): { ok: number; total: number } {
  let ok = 0;
  let total = 0;
  gold.tables.forEach((t, i) =>
    t.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        total++;
        if (squash(doc.tables[i]?.rows[r]?.[c]) === squash(cell)) ok++;
      }),
    ),
  );
  return { ok, total };
}
