import type { Section } from '../../schema/section.js';
import { innermostSectionAt } from '../structure/tree.js';

/**
 * The numbered item a list at `offset` closes: the innermost section holding it, or, when the list
 * stands after that section's children (an outline whose item spans stop at their own lines), the last
 * item begun before it.
 */
export function closingSection(sections: readonly Section[], offset: number): Section | null {
  let found = innermostSectionAt(sections, offset);
  while (found) {
    const before = found.children.filter((c) => c.start <= offset);
    if (before.length === 0) return found;
    found = before[before.length - 1];
  }
  return found;
}
