import { lastStartingAtOrBefore } from '../../search.js';
import type { Section } from '../../../schema/section.js';
import type { ContextStep } from '../candidate.js';

/** Per sibling list: true when its sections are in order and disjoint, so a binary search finds the one holding an offset. */
const ORDERED = new WeakMap<readonly Section[], boolean>();

function ordered(level: readonly Section[]): boolean {
  let known = ORDERED.get(level);
  if (known === undefined) {
    known = level.every((s, i) => i === 0 || level[i - 1]!.end <= s.start);
    ORDERED.set(level, known);
  }
  return known;
}

/** The section of `level` whose span holds `offset`: a binary search (sections are many in a big document). */
function holding(level: readonly Section[], offset: number): Section | undefined {
  if (!ordered(level)) return level.find((s) => s.start <= offset && offset < s.end);
  const hit = level[lastStartingAtOrBefore(level, offset)];
  return hit !== undefined && offset < hit.end ? hit : undefined;
}

/**
 * The chain of sections from the top level down to the innermost one holding `offset`: as
 * `sectionPathAt` of the structure, in logarithmic time per level.
 */
export function sectionPathAt(sections: readonly Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    const hit = holding(level, offset);
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}

/** Id of the innermost numbered section holding `offset`; null in the title block, notice or tables. */
export function sectionIdAt(sections: readonly Section[], offset: number): string | null {
  return sectionPathAt(sections, offset).at(-1)?.id ?? null;
}

/** sectionId: the innermost section whose span holds the target's start. */
export const sectionStep: ContextStep = {
  name: 'section',
  apply(targets, candidates, _ctx, structure) {
    for (let i = 0; i < targets.length; i++) targets[i]!.sectionId = sectionIdAt(structure.sections, candidates[i]!.start);
  },
};
