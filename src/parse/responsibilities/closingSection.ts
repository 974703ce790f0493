import type { Section } from '../../schema/section.js';
import { flattenSections, innermostSectionAt } from '../structure/tree.js';

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

/** A list's span in the text. */
interface Span {
  start: number;
  end: number;
}

const LINE_BREAK = /[\r\n\u2028\u2029]/u;
const BLANK = /[ \t\u3000]/u;

/** The list begins a line of its own (not the run-on end of a sentence). */
function standsOnOwnLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && BLANK.test(text[i])) i--;
  return i >= 0 && LINE_BREAK.test(text[i]);
}

/** What follows the list is the next section, another list, or nothing: the list ends its item. */
function closesItem(text: string, end: number, sectionStarts: ReadonlySet<number>, listStarts: ReadonlySet<number>): boolean {
  let i = end;
  while (i < text.length && /\s|\u3000/u.test(text[i])) i++;
  return i >= text.length || sectionStarts.has(i) || listStarts.has(i);
}

/**
 * The section each list closes. A list on its own line right after the last sub-item of an item
 * (`1.…` `（1）…` `（2）…` then `牵头单位：…`) closes the item, not its last sub-item — when no earlier
 * sub-item of that item has a list of its own and no list elsewhere closes an item at the sub-item's
 * level (where lists sit at that level, the last one is the sub-item's own). A list ending a sub-item's
 * own sentence stays with the sub-item.
 */
export function closingSections(text: string, sections: readonly Section[], lists: readonly Span[]): Array<Section | null> {
  const flat = flattenSections(sections);
  const parentOf = new Map<Section, Section>();
  for (const s of flat) for (const c of s.children) parentOf.set(c, s);
  const sectionStarts = new Set(flat.map((s) => s.start));
  const listStarts = new Set(lists.map((l) => l.start));

  const closing = lists.map((l) => closingSection(sections, l.start));
  const parentClosing = lists.map((l, i) => {
    const item = closing[i];
    const parent = item && parentOf.get(item);
    if (!item || !parent || parent.children.at(-1) !== item) return null;
    if (!standsOnOwnLine(text, l.start) || !closesItem(text, l.end, sectionStarts, listStarts)) return null;
    const siblingsFrom = parent.children[0].start;
    const siblingHasList = lists.some((other) => other !== l && other.start >= siblingsFrom && other.start < item.start);
    return siblingHasList ? null : parent;
  });
  // Levels at which some list plainly closes an item: there the last sub-item's list is its own.
  const plainLevels = new Set(closing.filter((s, i) => s && parentClosing[i] === null).map((s) => s!.level));
  return closing.map((s, i) => {
    const parent = parentClosing[i];
    return parent && s && !plainLevels.has(s.level) ? parent : s;
  });
}
