import type { Document } from '../schema/document.js';
import type { Section } from '../schema/section.js';
import type { Target } from '../schema/target.js';
import type { Responsibility, UnitRole } from '../schema/responsibility.js';
import { flattenSections } from '../parse/structure/tree.js';
import { alignSections } from './sections.js';
import { alignSequences, similarity } from './similarity.js';
import { CHANGE_TYPES, META_FIELDS, TARGET_FIELDS, type Change, type ChangeType, type DocumentDiff, type TargetField } from './types.js';

const ROLE_ORDER: UnitRole[] = ['lead', 'support', 'responsible'];
const BLANKS = /[\s\u3000\u00a0\ufeff]+/g;
const squash = (s: string) => s.replace(BLANKS, '');

/** Stand-in for an extracted span inside body text, so body similarity measures the prose only. */
const MASK = '\u0000';

/**
 * The changes from `before` to `after`, two versions of one plan. Sections are matched by
 * position and heading similarity; within each matched pair, targets, responsible units, the
 * heading and the remaining body text are compared. A target or list that changed is reported
 * once, as such: body text is compared with targets and lists masked out, so `body_changed`
 * means the wording around them changed.
 */
export function diffDocuments(before: Document, after: Document): DocumentDiff {
  const alignment = alignSections(before.sections, after.sections);
  const changes: Change[] = [];
  const oldTargets = groupBy(before.targets, (t) => t.sectionId);
  const newTargets = groupBy(after.targets, (t) => t.sectionId);
  const oldLists = groupBy(before.responsibilities, sectionListKey);
  const newLists = groupBy(after.responsibilities, sectionListKey);

  for (const field of META_FIELDS) {
    const was = metaText(before.meta[field]);
    const now = metaText(after.meta[field]);
    if (was !== now) changes.push(change('meta_changed', { oldSectionId: null, newSectionId: null, measure: null, heading: null }, { subject: field, fields: [field], before: was, after: now }));
  }

  // What lies outside any numbered section (preamble, closing) is its own pair.
  const root = (targets: Target[], lists: Responsibility[]) => ({ targets, lists });
  compareContent(
    { oldSectionId: null, newSectionId: null, measure: null, heading: null },
    root(oldTargets.get(null) ?? [], oldLists.get(null) ?? []),
    root(newTargets.get(null) ?? [], newLists.get(null) ?? []),
    changes,
  );

  const removedIds = new Set(alignment.removed.flatMap((s) => flattenSections([s]).map((d) => d.id)));
  for (const section of alignment.removed) {
    changes.push(subtreeChange('section_removed', section, null, before));
  }
  const insertedIds = new Set(alignment.inserted.flatMap((s) => flattenSections([s]).map((d) => d.id)));
  let renumbered = 0;
  for (const [o, n] of alignment.matched) {
    if (o.id !== n.id) renumbered++;
    const where = { oldSectionId: o.id, newSectionId: n.id, measure: null, heading: n.heading };
    if (squash(o.heading) !== squash(n.heading)) {
      changes.push(change('heading_renamed', where, { subject: n.heading, before: o.heading, after: n.heading }));
    }
    const oldT = oldTargets.get(o.id) ?? [];
    const newT = newTargets.get(n.id) ?? [];
    const oldL = oldLists.get(o.id) ?? [];
    const newL = newLists.get(n.id) ?? [];
    const oldBody = maskedBody(o, oldT, oldL);
    const newBody = maskedBody(n, newT, newL);
    if (oldBody !== newBody) {
      const figure = Math.round(similarity(oldBody, newBody) * 1000) / 1000;
      changes.push(change('body_changed', where, { similarity: figure, before: o.text, after: n.text }));
    }
    compareContent(where, { targets: oldT, lists: oldL }, { targets: newT, lists: newL }, changes);
  }
  for (const section of alignment.inserted) {
    changes.push(subtreeChange('section_inserted', null, section, after));
  }

  // Task-table rows: matched by table and row number.
  const oldRows = groupBy(before.responsibilities.filter((r) => r.table !== null), rowKey);
  const newRows = groupBy(after.responsibilities.filter((r) => r.table !== null), rowKey);
  for (const key of new Set([...oldRows.keys(), ...newRows.keys()])) {
    compareUnits({ oldSectionId: null, newSectionId: null, measure: key, heading: null }, oldRows.get(key) ?? [], newRows.get(key) ?? [], changes);
  }

  // In the order of the new outline; the preamble first, removed sections and table rows last.
  const order = new Map(flattenSections(after.sections).map((s, index) => [s.id, index]));
  const sortKey = (c: Change) =>
    c.newSectionId !== null ? order.get(c.newSectionId)! : c.oldSectionId !== null || c.measure !== null ? Infinity : -1;
  const sorted = changes
    .map((c, index) => ({ c, index }))
    .sort((x, y) => sortKey(x.c) - sortKey(y.c) || x.index - y.index)
    .map(({ c }) => c);
  const counts = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  for (const c of sorted) counts[c.type]++;
  return {
    old: { path: before.source.path, docId: before.docId, title: before.meta.title },
    new: { path: after.source.path, docId: after.docId, title: after.meta.title },
    sections: {
      old: flattenSections(before.sections).length,
      new: flattenSections(after.sections).length,
      matched: alignment.matched.length,
      inserted: insertedIds.size,
      removed: removedIds.size,
      renumbered,
    },
    counts,
    changes: sorted,
  };
}

function metaText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'start' in value && 'end' in value) return `${value.start}—${value.end}`;
  return String(value);
}

type Where = Pick<Change, 'oldSectionId' | 'newSectionId' | 'measure' | 'heading'>;

function change(type: ChangeType, where: Where, detail: Partial<Change> = {}): Change {
  return { type, ...where, subject: null, fields: [], before: null, after: null, similarity: null, ...detail };
}

/** Lists of numbered items by their section; table rows are compared separately. */
function sectionListKey(list: Responsibility): string | null | undefined {
  return list.table === null ? list.sectionId : undefined;
}

const rowKey = (list: Responsibility) => `t${list.table}:${list.row}`;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A section's own text without its heading, with its targets and lists masked out. */
function maskedBody(section: Section, targets: readonly Target[], lists: readonly Responsibility[]): string {
  let body = squash(section.text);
  const heading = squash(section.heading);
  if (heading && body.startsWith(heading)) body = body.slice(heading.length);
  const spans = [...lists.map((l) => squash(l.raw)), ...targets.map((t) => squash(t.text))].filter(Boolean);
  for (const span of spans) body = body.replace(span, MASK);
  return body;
}

function subtreeChange(type: 'section_inserted' | 'section_removed', o: Section | null, n: Section | null, doc: Document): Change {
  const section = (o ?? n)!;
  const inside = new Set(flattenSections([section]).map((s) => s.id));
  const targets = doc.targets.filter((t) => t.sectionId !== null && inside.has(t.sectionId)).length;
  const lists = doc.responsibilities.filter((r) => r.sectionId !== null && inside.has(r.sectionId)).length;
  const summary = `${section.marker}${section.heading}（${inside.size} 节，${targets} 个指标，${lists} 个责任清单）`;
  return change(type, { oldSectionId: o?.id ?? null, newSectionId: n?.id ?? null, measure: null, heading: section.heading }, {
    subject: section.heading,
    before: o ? summary : null,
    after: n ? summary : null,
  });
}

function compareContent(where: Where, a: { targets: Target[]; lists: Responsibility[] }, b: { targets: Target[]; lists: Responsibility[] }, out: Change[]): void {
  compareTargets(where, a.targets, b.targets, out);
  compareUnits(where, a.lists, b.lists, out);
}

/**
 * How well two targets of one section correspond: same kind required; then the same indicator,
 * or (without one) the same unit; the same text breaks ties. Null: not the same target.
 */
function targetScore(a: Target, b: Target): number | null {
  if (a.kind !== b.kind) return null;
  const same = a.text === b.text ? 1 : 0;
  if (a.indicator && b.indicator) {
    if (a.indicator === b.indicator) return 3 + same;
    if (similarity(a.indicator, b.indicator) >= 0.6) return 2 + same;
    return null;
  }
  if (a.unit === b.unit) return 1 + same;
  return null;
}

export function changedTargetFields(a: Target, b: Target): TargetField[] {
  return TARGET_FIELDS.filter((field) => (a[field] ?? null) !== (b[field] ?? null));
}

/** `≥60% (2025)`: value, unit, comparator and deadline, short. */
export function describeTarget(t: Target): string {
  const comparator = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' }[t.comparator] ?? t.comparator;
  let value: string;
  if (t.left !== undefined && t.right !== undefined) value = `${t.left}:${t.right}`;
  else if (t.value !== null) value = String(t.value);
  else if (t.min !== null || t.max !== null) value = `${t.min ?? ''}–${t.max ?? ''}`;
  else if (t.year !== null) value = [t.year, t.month, t.day].filter((x) => x !== null).join('-');
  else value = t.text;
  const unit = t.unit ?? '';
  const deadline = t.deadline !== null ? `，${t.deadline}年` : '';
  return `${comparator}${value}${unit}${deadline}`;
}

function compareTargets(where: Where, olds: Target[], news: Target[], out: Change[]): void {
  const pairs = alignSequences(olds, news, targetScore);
  const oldMatched = new Set(pairs.map(([i]) => i));
  const newMatched = new Set(pairs.map(([, j]) => j));
  const subject = (t: Target) => t.indicator ?? t.text;
  for (const [i, j] of pairs) {
    const fields = changedTargetFields(olds[i], news[j]);
    if (fields.length === 0) continue;
    out.push(change('target_changed', where, {
      subject: subject(news[j]), fields, before: describeTarget(olds[i]), after: describeTarget(news[j]),
      oldTarget: olds[i], newTarget: news[j],
    }));
  }
  olds.forEach((t, i) => oldMatched.has(i) || out.push(change('target_removed', where, { subject: subject(t), before: describeTarget(t), oldTarget: t })));
  news.forEach((t, j) => newMatched.has(j) || out.push(change('target_added', where, { subject: subject(t), after: describeTarget(t), newTarget: t })));
}

/** Each unit named in the lists with its roles, in first-seen order. */
function unitRoles(lists: readonly Responsibility[]): Map<string, UnitRole[]> {
  const roles = new Map<string, Set<UnitRole>>();
  for (const list of lists) {
    for (const unit of list.units) {
      const name = squash(unit.name);
      const set = roles.get(name) ?? new Set<UnitRole>();
      set.add(unit.role);
      roles.set(name, set);
    }
  }
  return new Map([...roles].map(([name, set]) => [name, ROLE_ORDER.filter((r) => set.has(r))]));
}

function compareUnits(where: Where, olds: Responsibility[], news: Responsibility[], out: Change[]): void {
  const a = unitRoles(olds);
  const b = unitRoles(news);
  const text = (roles: UnitRole[]) => roles.join('+');
  for (const [name, roles] of b) {
    const was = a.get(name);
    if (!was) out.push(change('unit_added', where, { subject: name, after: text(roles), newRoles: roles }));
    else if (text(was) !== text(roles)) {
      out.push(change('unit_role_changed', where, { subject: name, before: text(was), after: text(roles), oldRoles: was, newRoles: roles }));
    }
  }
  for (const [name, roles] of a) {
    if (!b.has(name)) out.push(change('unit_removed', where, { subject: name, before: text(roles), oldRoles: roles }));
  }
}
