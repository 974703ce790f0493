import { innermostSectionAt } from '../../structure/tree.js';
import type { Section } from '../../../schema/section.js';

/** Id of the innermost numbered section holding `offset`; null in the title block, notice or tables. */
export function sectionIdAt(sections: readonly Section[], offset: number): string | null {
  return innermostSectionAt(sections, offset)?.id ?? null;
}
