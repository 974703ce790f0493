import { extractStructure } from './structure/index.js';
import { extractTargets } from './targets/index.js';
import { extractResponsibilities } from './responsibilities/index.js';
import { createContext, type ParseContext, type ParseOptions } from './context.js';
import type { Document } from '../schema/document.js';

export type ExtractedParts = Pick<
  Document,
  'meta' | 'sections' | 'targets' | 'responsibilities' | 'units' | 'tables' | 'notes' | 'warnings'
>;

/** Names of the timed stages, in pipeline order. */
export type StageName = 'segment' | 'structure' | 'targets' | 'responsibilities';

/** Optional sink for per-stage wall time in milliseconds (the benchmark reads it). */
export type StageTimings = Partial<Record<StageName | 'decode' | 'validate', number>>;

function timed<T>(timings: StageTimings | undefined, stage: StageName, run: () => T): T {
  if (!timings) return run();
  const started = performance.now();
  const result = run();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
  return result;
}

/** Decoded text → everything the document holds. Pure: no I/O, no validation. */
export function extractAll(text: string, options: ParseOptions = {}, timings?: StageTimings): ExtractedParts {
  const ctx: ParseContext = timed(timings, 'segment', () => createContext(text, options));
  const structure = timed(timings, 'structure', () => extractStructure(ctx));
  const targets = timed(timings, 'targets', () => extractTargets(ctx, structure));
  const responsibilities = timed(timings, 'responsibilities', () => extractResponsibilities(ctx, structure));
  return {
    meta: structure.meta,
    sections: structure.sections,
    targets: targets.targets,
    responsibilities: responsibilities.responsibilities,
    units: responsibilities.units,
    tables: structure.tables,
    notes: structure.notes,
    warnings: [...structure.warnings, ...targets.warnings, ...responsibilities.warnings].sort(
      (a, b) => (a.start ?? -1) - (b.start ?? -1),
    ),
  };
}
