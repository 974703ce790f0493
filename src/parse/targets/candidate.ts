import type { Comparator, Target, TargetKind } from '../../schema/target.js';
import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import type { DocumentIndex } from '../segment/index.js';
import type { TextIndex } from '../segment/textIndex.js';

/**
 * A target as a parser sees it: kind, value and span, before refiners settle comparators
 * and overlaps and the context stage adds section, deadline and indicator.
 */
export interface TargetCandidate {
  kind: TargetKind;
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  comparator: Comparator;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Ratio terms (`20:1` → 20 and 1). */
  left: number | null;
  right: number | null;
  /** Which parser found it (for debugging and tie-breaks). */
  parser: string;
  /** A date that states when something is due: `到2025年`, `2023年底`, `“十四五”末`. */
  due: boolean;
  /** A duration that is itself a time limit (`5-10年内`): it carries no separate deadline. */
  timeLimit: boolean;
}

/** The text a parser scans. `masked` has excluded regions blanked, same length as `text`; `index` is the text's index. */
export interface ScanText {
  readonly text: string;
  readonly masked: string;
  readonly index: DocumentIndex;
}

/** One phrasing family: a global regex over the masked text and a match → candidate step. */
export interface TargetParser {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Every character a match of `pattern` can begin with (lookarounds aside). When given, the
   * pattern is tried only where one stands, which is much faster and finds the same matches.
   */
  readonly startChars?: string;
  /**
   * Run classes (see `matchesOf`): character sets such that every alternative of `pattern` that
   * can begin with one of them begins with a greedy run of that set. Each must lie in `startChars`.
   */
  readonly runClasses?: readonly string[];
  /**
   * Inner classes (see `matchesOf`): character sets such that no match begins at one of them
   * right after another of the same set (a lookbehind such as `(?<![0-9])`).
   */
  readonly innerClasses?: readonly string[];
  extract(match: RegExpExecArray, scan: ScanText): TargetCandidate | null;
}

/** A pass over all candidates (merging, overlap removal, filtering). Pure. */
export interface TargetRefiner {
  readonly name: string;
  refine(candidates: TargetCandidate[], scan: ScanText): TargetCandidate[];
}

/** A rule that marks text where no target can start (document numbers, markers, names). */
export interface Exclusion {
  readonly name: string;
  /** Characters a region can begin with, when known: lets `find` use `starts`. */
  readonly startChars?: string;
  /** Run and inner classes of its pattern, as for a parser (see `matchesOf`). */
  readonly runClasses?: readonly string[];
  readonly innerClasses?: readonly string[];
  /**
   * The regions in `text`. `starts`, when given, holds (ascending) at least every offset whose
   * character is in `startChars`, found once for all rules; `index` is the text's index.
   */
  find(text: string, starts: ArrayLike<number> | undefined, index: TextIndex): Array<{ start: number; end: number }>;
}

/** A candidate with every optional field defaulted. */
export function candidate(
  fields: Pick<TargetCandidate, 'kind' | 'start' | 'end' | 'parser'> & Partial<TargetCandidate>,
): TargetCandidate {
  // Object.assign onto a fresh literal, not `{ ...EMPTY, ...fields }`: the same object, key
  // order included, without V8's slow generic spread path (~5 µs a candidate).
  const defaults: Omit<TargetCandidate, 'kind' | 'start' | 'end' | 'parser'> = {
    value: null, min: null, max: null, unit: null, comparator: 'eq',
    year: null, month: null, day: null, left: null, right: null, due: false, timeLimit: false,
  };
  return Object.assign(defaults, fields);
}

/**
 * A context step: fills its own fields (section, indicator, deadline) of every target from the text
 * around it. `targets[i]` was made from `candidates[i]`; the fields start as null.
 */
export interface ContextStep {
  readonly name: string;
  apply(targets: Target[], candidates: readonly TargetCandidate[], ctx: ParseContext, structure: Structure): void;
}
