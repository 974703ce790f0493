import type { Section } from '../../schema/section.js';

/** All sections in document order (pre-order). */
export function flattenSections(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const section of sections) {
    out.push(section);
    flattenSections(section.children, out);
  }
  return out;
}

/** The deepest section whose span holds `offset`, or null. */
export function innermostSectionAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  let level: readonly Section[] = sections;
  for (;;) {
    const hit = level.find((s) => s.start <= offset && offset < s.end);
    if (!hit) return found;
    found = hit;
    level = hit.children;
  }
}

/** The chain of sections from the top level down to the innermost one holding `offset`. */
export function sectionPathAt(sections: readonly Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    const hit = level.find((s) => s.start <= offset && offset < s.end);
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}
