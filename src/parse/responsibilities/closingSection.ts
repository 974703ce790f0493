import type { Section } from '../../schema/section.js';
import { flattenSections } from '../structure/tree.js';
import { lastStartingAtOrBefore, lowerBound } from './spanSearch.js';
import { endsSpan } from '../segment/textIndex.js';

/** The deepest section whose span holds `offset` (siblings are sorted and disjoint), or null. */
function innermostAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  let level = sections;
  for (;;) {
    const hit = level[lastStartingAtOrBefore(level, offset)];
    if (!hit || offset >= hit.end) return found;
    found = hit;
    level = hit.children;
  }
}

/**
 * The numbered item a list at `offset` closes: the innermost section holding it, or, when the list
 * stands after that section's children (an outline whose item spans stop at their own lines), the last
 * item begun before it.
 */
export function closingSection(sections: readonly Section[], offset: number): Section | null {
  let found = innermostAt(sections, offset);
  while (found) {
    const before = found.children[lastStartingAtOrBefore(found.children, offset)];
    if (!before) return found;
    found = before;
  }
  return found;
}

/** A list's span in the text. */
interface Span {
  start: number;
  end: number;
}

const BLANK = /[ \t\u3000]/u;

/** The list begins a line of its own (not the run-on end of a sentence). */
function standsOnOwnLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && BLANK.test(text[i])) i--;
  return i >= 0 && endsSpan(text.charCodeAt(i), 'line');
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
  const listStartsSorted = lists.map((l) => l.start).sort((a, b) => a - b);

  const closing = lists.map((l) => closingSection(sections, l.start));
  /** `item` is the last sub-item of its parent, and no earlier sub-item of that parent has a list. */
  const closesParent = (item: Section): Section | null => {
    const parent = parentOf.get(item);
    if (!parent || parent.children.at(-1) !== item) return null;
    // Another list among the earlier sub-items: lists start in [first sub-item, this item).
    const siblingHasList = lowerBound(listStartsSorted, item.start) > lowerBound(listStartsSorted, parent.children[0].start);
    return siblingHasList ? null : parent;
  };
  const parentClosing = lists.map((l, i) => {
    const item = closing[i];
    if (!item || !standsOnOwnLine(text, l.start) || !closesItem(text, l.end, sectionStarts, listStarts)) return null;
    return closesParent(item);
  });
  // Levels at which some list plainly closes an item: there the last sub-item's list is its own.
  const plainLevels = new Set(closing.filter((s, i) => s && parentClosing[i] === null).map((s) => s!.level));
  return closing.map((s, i) => {
    // Climb while the item is the last sub-item of a list-less parent (`1.` → `（2）` → `③` then the
    // list), stopping at a level where lists plainly close items.
    let item = s;
    let parent = parentClosing[i];
    while (item && parent && !plainLevels.has(item.level)) {
      item = parent;
      parent = closesParent(item);
    }
    return item;
  });
}
