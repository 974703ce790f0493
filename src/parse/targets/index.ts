import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import type { Target } from '../../schema/target.js';
import type { Warning } from '../../schema/warning.js';
import { diagnostic } from '../diagnostics.js';
import { debug, tracing } from '../trace.js';
import type { Exclusion, ScanText, TargetCandidate, TargetParser, TargetRefiner } from './candidate.js';
import { CONTEXT_STEPS, EXCLUSIONS, PARSERS, REFINERS } from './config.js';
import { matchesOf, positionsIn, runTable, startTable } from './scan.js';
import { buildDocumentIndex, type DocumentIndex } from '../segment/index.js';
import type { TextIndex } from '../segment/textIndex.js';

export interface TargetsResult {
  targets: Target[];
  warnings: Warning[];
}

export interface TargetsConfiguration {
  exclusions: readonly Exclusion[];
  parsers: readonly TargetParser[];
  refiners: readonly TargetRefiner[];
}

export const DEFAULT_CONFIGURATION: TargetsConfiguration = { exclusions: EXCLUSIONS, parsers: PARSERS, refiners: REFINERS };

/** Filler for blanked regions: never a digit, unit or punctuation, so no pattern crosses it. */
const BLANK = '\u0000';

/** The indexed text with every excluded region replaced by BLANK; same length, so offsets hold. */
export function maskExcluded(index: TextIndex, exclusions: readonly Exclusion[], starts?: ArrayLike<number>): string {
  const { text } = index;
  const spans: Array<{ start: number; end: number }> = [];
  for (const exclusion of exclusions) {
    for (const span of exclusion.find(text, starts, index)) {
      if (span.start >= span.end) continue;
      spans.push(span);
      if (tracing()) traceExcluded(exclusion.name, span);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let masked = '';
  let done = 0; // text before `done` is already in `masked`
  for (const { start, end } of spans) {
    if (end <= done) continue;
    const from = Math.max(start, done);
    masked += text.slice(done, from) + BLANK.repeat(end - from);
    done = end;
  }
  return masked + text.slice(done);
}

/** Parsers over the masked text, then refiners, in configuration order. */
export function findCandidates(text: string, config: TargetsConfiguration = DEFAULT_CONFIGURATION, index: DocumentIndex = buildDocumentIndex(text)): TargetCandidate[] {
  // Offsets where some exclusion's or parser's match can begin, found in one pass; each rule
  // keeps its own. Blanked characters begin nothing, so the raw text's offsets serve the masked one.
  const rules = [...config.exclusions, ...config.parsers];
  const starts = positionsIn(text, startTable(rules.map((r) => r.startChars ?? '').join('')));
  const scan: ScanText = { text, masked: maskExcluded(index, config.exclusions, starts), index };
  const found: TargetCandidate[] = [];
  for (const parser of config.parsers) {
    const own = parser.startChars !== undefined ? startTable(parser.startChars) : undefined;
    const runs = parser.runClasses !== undefined ? runTable(parser.runClasses) : undefined;
    const inner = parser.innerClasses !== undefined ? runTable(parser.innerClasses) : undefined;
    for (const match of matchesOf(parser.pattern, scan.masked, own ? starts : undefined, runs, own, inner)) {
      const c = parser.extract(match, scan);
      if (c) found.push(c);
      if (tracing()) traceMatch(parser.name, match, c);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return config.refiners.reduce((list, refiner) => {
    const refined = refiner.refine(list, scan);
    if (tracing()) traceRefiner(`targets.refiner.${refiner.name}`, list, refined);
    return refined;
  }, found);
}

// Trace helpers of the two hottest loops: kept out of the loops so that no loop variable is
// captured by a closure (which would cost even with tracing off).
function traceExcluded(name: string, span: { start: number; end: number }): void {
  debug(() => ({ rule: `targets.exclusion.${name}`, action: 'excluded', start: span.start, end: span.end }));
}

function traceMatch(name: string, match: RegExpExecArray, c: TargetCandidate | null): void {
  debug(() =>
    c
      ? { rule: `targets.parser.${name}`, action: 'made', start: c.start, end: c.end, note: c.kind }
      : { rule: `targets.parser.${name}`, action: 'dropped', start: match.index, end: match.index + match[0].length, note: 'match declined' },
  );
}

/** What a refiner dropped or changed: a candidate gone is `changed` when a new span overlaps it, else `dropped`. */
function traceRefiner(rule: string, before: readonly TargetCandidate[], after: readonly TargetCandidate[]): void {
  const key = (c: TargetCandidate) => `${c.start}:${c.end}:${c.kind}`;
  const kept = new Set(after.map(key));
  const had = new Set(before.map(key));
  const added = after.filter((c) => !had.has(key(c)));
  for (const c of before) {
    if (kept.has(key(c))) continue;
    const into = added.find((n) => n.start < c.end && c.start < n.end);
    debug(() =>
      into
        ? { rule, action: 'changed', start: into.start, end: into.end, note: `from ${c.start}-${c.end}` }
        : { rule, action: 'dropped', start: c.start, end: c.end, note: c.kind },
    );
  }
}

/** Quantitative targets: parsers over the text, then refiners, then the context steps (section, indicator, deadline). */
export function extractTargets(ctx: ParseContext, structure: Structure): TargetsResult {
  const { representable: candidates, warnings } = dropUnrepresentable(findCandidates(ctx.text, DEFAULT_CONFIGURATION, ctx.index), ctx.text);
  // Context fields start as null, in their output order; the context steps fill them.
  const targets = candidates.map(
    (c): Target => ({
      sectionId: null,
      kind: c.kind,
      text: ctx.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: c.value,
      min: c.min,
      max: c.max,
      unit: c.unit,
      comparator: c.comparator,
      year: c.year,
      month: c.month,
      day: c.day,
      ...(c.kind === 'ratio' && c.left !== null && c.right !== null ? { left: c.left, right: c.right } : {}),
      indicator: null,
      deadline: null,
      deadlineSource: null,
      indicatorSource: null,
    }),
  );
  for (const step of CONTEXT_STEPS) step.apply(targets, candidates, ctx, structure);
  if (tracing()) for (const t of targets) traceContext(t);
  warnings.push(...deadlinesBeforeDocument(targets, structure.meta.issueDate));
  return { targets, warnings };
}

function traceContext(t: Target): void {
  debug(() => ({
    rule: 'targets.context',
    action: 'made',
    start: t.start,
    end: t.end,
    note: `indicator=${t.indicator ?? '-'} (${t.indicatorSource ?? '-'}), deadline=${t.deadline ?? '-'} (${t.deadlineSource ?? '-'})`,
  }));
}

/**
 * A deadline earlier than the year the document was signed is a past figure quoted as a base
 * (`2022年已达到…`) or a misread year: kept, and noted.
 */
export function deadlinesBeforeDocument(targets: readonly Target[], issueDate: string | null): Warning[] {
  const issued = issueDate === null ? null : Number(issueDate.slice(0, 4));
  if (issued === null) return [];
  return targets
    .filter((t) => t.deadline !== null && t.deadline < issued)
    .map((t) =>
      diagnostic('targets.deadline-before-document', 'DEADLINE_BEFORE_DOCUMENT', 'info', `deadline ${t.deadline} of ${t.text} is before the document's year ${issued}`, t.start, t.end),
    );
}

const NUMERIC_FIELDS = ['value', 'min', 'max', 'left', 'right'] as const;

/**
 * A number too big for a float (`一亿亿…亿元`, a 309-digit figure) would make Infinity and fail the
 * whole document's schema: such a candidate is dropped with a warning naming it.
 */
export function dropUnrepresentable(
  candidates: readonly TargetCandidate[],
  text: string,
): { representable: TargetCandidate[]; warnings: Warning[] } {
  const representable: TargetCandidate[] = [];
  const warnings: Warning[] = [];
  for (const c of candidates) {
    if (NUMERIC_FIELDS.every((f) => c[f] === null || Number.isFinite(c[f]))) {
      representable.push(c);
      continue;
    }
    debug(() => ({ rule: 'targets.number-out-of-range', action: 'dropped', start: c.start, end: c.end }));
    const shown = c.end - c.start > 24 ? `${text.slice(c.start, c.start + 12)}…${text.slice(c.end - 8, c.end)}` : text.slice(c.start, c.end);
    warnings.push(diagnostic('targets.number-out-of-range', 'NUMBER_OUT_OF_RANGE', 'warning', `number too large to represent, not read as a target: ${shown}`, c.start, c.end));
  }
  return { representable, warnings };
}
