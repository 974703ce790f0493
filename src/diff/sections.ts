import type { Section } from '../schema/section.js';
import { alignSequences, bigrams, diceOfBigrams } from './similarity.js';

/** Lowest heading-or-body similarity at which two sections count as the same section. */
export const SECTION_MATCH_THRESHOLD = 0.5;

interface Profile {
  section: Section;
  heading: Map<string, number>;
  body: Map<string, number>;
}

const profile = (section: Section): Profile => ({ section, heading: bigrams(section.heading), body: bigrams(section.text) });

/** Heading similarity, or body similarity when the heading was reworded but the text stayed. */
function sectionScore(a: Profile, b: Profile): number | null {
  const score = Math.max(diceOfBigrams(a.heading, b.heading), diceOfBigrams(a.body, b.body));
  return score >= SECTION_MATCH_THRESHOLD ? score : null;
}

export interface SectionAlignment {
  /** Matched pairs, in document order of the new version. */
  matched: Array<[Section, Section]>;
  /** Roots of old subtrees with no counterpart (their descendants are not listed). */
  removed: Section[];
  /** Roots of new subtrees with no counterpart. */
  inserted: Section[];
}

/**
 * Match the outlines of two versions level by level: siblings are aligned in order by heading
 * (or body) similarity, then the children of each matched pair. Ids are not compared, because a
 * section inserted early renumbers every later one.
 */
export function alignSections(oldSections: readonly Section[], newSections: readonly Section[]): SectionAlignment {
  const out: SectionAlignment = { matched: [], removed: [], inserted: [] };
  alignSiblings(oldSections, newSections, out);
  return out;
}

function alignSiblings(olds: readonly Section[], news: readonly Section[], out: SectionAlignment): void {
  const a = olds.map(profile);
  const b = news.map(profile);
  const pairs = alignSequences(a, b, sectionScore);
  const oldMatched = new Set(pairs.map(([i]) => i));
  const newMatched = new Set(pairs.map(([, j]) => j));
  olds.forEach((s, i) => oldMatched.has(i) || out.removed.push(s));
  let next = 0;
  for (const [j, section] of news.entries()) {
    if (!newMatched.has(j)) {
      out.inserted.push(section);
      continue;
    }
    const [i] = pairs[next++];
    out.matched.push([olds[i], section]);
    alignSiblings(olds[i].children, section.children, out);
  }
}
