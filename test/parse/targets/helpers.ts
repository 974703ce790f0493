import { expect } from 'vitest';
import { findCandidates } from '../../../src/parse/targets/index.js';
import type { TargetCandidate } from '../../../src/parse/targets/candidate.js';

/** Every candidate in `text`, each with its span text checked against the source. */
export function targetsIn(text: string): Array<TargetCandidate & { text: string }> {
  return findCandidates(text).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** The single target of `text`; fails when there is not exactly one. */
export function onlyTarget(text: string): TargetCandidate & { text: string } {
  const found = targetsIn(text);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}
