import type { TraceEntry } from '../parse/trace.js';
import { formatTraceEntry } from '../parse/trace.js';
import { codePointIndex } from '../export/offsets.js';
import type { OffsetUnit } from '../schema/common.js';

/** What `--explain` asks for: the whole trace, or (`at`) only the entries whose span holds that offset. */
export interface ExplainRequest {
  /** Offset in the run's offset unit; null for every entry. */
  at: number | null;
}

/**
 * Trace entries as readable lines, offsets in `unit`. An entry concerns offset `at` when its span
 * holds it (`start <= at < end`), or starts there when empty.
 */
export function explainLines(entries: readonly TraceEntry[], text: string, unit: OffsetUnit, request: ExplainRequest): string[] {
  const at = unit === 'codepoint' ? codePointIndex(text) : (o: number) => o;
  const concerns = (e: TraceEntry) => {
    if (request.at === null) return true;
    const start = at(e.start);
    const end = at(e.end);
    return start === end ? start === request.at : start <= request.at && request.at < end;
  };
  return entries.filter(concerns).map((e) => formatTraceEntry(e, text, at));
}
