import type { Target } from '../schema/target.js';
import type { UnitRole } from '../schema/responsibility.js';

/** Kinds of change between two versions of one plan, in the order they are listed per section. */
export const CHANGE_TYPES = [
  'meta_changed', 'section_inserted', 'section_removed', 'heading_renamed', 'body_changed',
  'target_added', 'target_removed', 'target_changed',
  'unit_added', 'unit_removed', 'unit_role_changed',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** Metadata fields compared (a 征求意见稿 that became the final text shows as `draft`). */
export const META_FIELDS = ['title', 'docNumber', 'issuer', 'issueDate', 'draft', 'period'] as const;

/** Target fields compared between matched targets. */
export const TARGET_FIELDS = ['value', 'min', 'max', 'left', 'right', 'unit', 'comparator', 'year', 'month', 'day', 'deadline', 'indicator'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type MetaField = (typeof META_FIELDS)[number];

/**
 * One change. Sections are named by their id in each version (they differ when an earlier
 * section was inserted or removed); `measure` names a task-table row (`t0:3`) for lists found
 * in tables. `before` / `after` are short readable forms; `oldTarget` / `newTarget` and
 * `oldRoles` / `newRoles` hold the data.
 */
export interface Change {
  type: ChangeType;
  oldSectionId: string | null;
  newSectionId: string | null;
  measure: string | null;
  heading: string | null;
  subject: string | null;
  /** target_changed: the target fields that differ; meta_changed: the one metadata field. */
  fields: Array<TargetField | MetaField>;
  before: string | null;
  after: string | null;
  similarity: number | null;
  oldTarget?: Target;
  newTarget?: Target;
  oldRoles?: UnitRole[];
  newRoles?: UnitRole[];
}

export interface DiffSide {
  path: string | null;
  docId: string;
  title: string | null;
}

export interface DocumentDiff {
  old: DiffSide;
  new: DiffSide;
  sections: { old: number; new: number; matched: number; inserted: number; removed: number; renumbered: number };
  counts: Record<ChangeType, number>;
  changes: Change[];
}
