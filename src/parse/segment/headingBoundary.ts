// Where a run-in heading ends when nothing marks it: in text whose line breaks were lost, the
// heading is glued to its body (`一、总体要求充分发挥…`, `（三）强化人力智力保障加强多层次人才培养。`).
// The evidence is the genre's own: the heading vocabulary of plans, a body that opens with a due
// date, a preposition or a policy verb (an adverb+verb pair is one opener), and the rhythm of the
// sibling headings (4+4 characters).

import { ADVERB, HEADING_WORDS, JOINER, OPENER } from '../lexicon/headings.js';

const MIN_HEADING = 5;
/** The body after a boundary is a clause of its own, not the heading's last word (`…进一步深化`). */
const MIN_REST = 6;
const MAX_HEADING = 16;
/** A glued head this short is a heading by itself (`加强组织领导`). */
const SHORT_HEAD = 10;

/** A heading vocabulary word opening `body` that the body then runs on from, or null. */
export function vocabularyHeading(body: string): number | null {
  // `空间目标遵循…`, `产业目标到2025年…`: a two-character field and a heading noun, then a body opener.
  const fielded = /^[\u4e00-\u9fff]{2}(?:目标|任务|原则|措施|要求|思路)/.exec(body);
  if (fielded && !HEADING_WORDS.some((w) => body.startsWith(w)) && OPENER.test(body.slice(4)) && !JOINER.test(body.slice(4))) return 4;
  const word = HEADING_WORDS.find((w) => body.startsWith(w));
  if (!word || body.length <= word.length) return null;
  const rest = body.slice(word.length);
  if (JOINER.test(rest) || /^[。；;：:，,！？\s\u3000*_]/.test(rest)) return null;
  return word.length;
}

/**
 * Lengths at which a glued head (the text up to its first clause end) could end: where a body
 * opener starts, never inside an adverb+verb pair. Empty when the head is short enough to be a
 * heading on its own.
 */
export function boundaryCandidates(head: string): number[] {
  if (head.length <= SHORT_HEAD) return [];
  const out: number[] = [];
  for (let p = MIN_HEADING; p <= Math.min(MAX_HEADING, head.length - MIN_REST); p++) {
    if (!OPENER.test(head.slice(p))) continue;
    if (ADVERB.test(head.slice(p - 2)) || ADVERB.test(head.slice(p - 3))) continue; // inside `加快实施`
    if (JOINER.test(head.slice(p - 1))) continue;
    out.push(p);
  }
  return out;
}

/**
 * The candidate that keeps the rhythm of the siblings: the length most sibling headings have
 * (`siblingsOfLength`), else the first candidate.
 */
export function pickBoundary(candidates: readonly number[], siblingsOfLength: (length: number) => number): number | null {
  if (candidates.length === 0) return null;
  let best = candidates[0];
  for (const c of candidates) if (siblingsOfLength(c) > siblingsOfLength(best)) best = c;
  return best;
}
