// The debug trace behind `--explain` and POLICY_PARSE_DEBUG=1, on chrono's model: a rule calls
// `debug(() => entry)` where it makes, drops or changes a span, and the closure is only called
// while a trace is being recorded, so tracing off costs one null check per call.
//
// Extraction is synchronous, so one sink per run is enough: `recordTrace` installs it for the
// duration of one call and restores the previous one (a worker thread has its own module copy).

/** What a rule did to a span: `made` it, `dropped` it, `changed` it, `excluded` it from targets, `accepted` or `rejected` it (outline markers). */
export type TraceAction = 'made' | 'dropped' | 'changed' | 'excluded' | 'accepted' | 'rejected';

export interface TraceEntry {
  /** Stable rule id, `stage.kind.name`: `targets.exclusion.round`, `targets.parser.percent`, `outline.marker`. */
  rule: string;
  action: TraceAction;
  /** The span concerned, in UTF-16 offsets of the decoded text (the CLI converts to its offset unit). */
  start: number;
  end: number;
  /** Short reason or detail (`no unit`, `indicator=… (clause)`). */
  note?: string;
}

let sink: ((entry: TraceEntry) => void) | null = null;

/** Record a trace entry; `make` is called only while a trace is recorded. */
export function debug(make: () => TraceEntry): void {
  if (sink !== null) sink(make());
}

/** True while a trace is recorded (for rules whose trace needs work beyond one entry, e.g. a diff). */
export function tracing(): boolean {
  return sink !== null;
}

/** Run `run` with every trace entry it records passed to `onEntry`. */
export function recordTrace<T>(onEntry: (entry: TraceEntry) => void, run: () => T): T {
  const previous = sink;
  sink = onEntry;
  try {
    return run();
  } finally {
    sink = previous;
  }
}

/** One readable line: `targets.exclusion.round  一@3-4 excluded`, the span's text quoted (shortened past 24 characters). */
export function formatTraceEntry(entry: TraceEntry, text: string, at: (offset: number) => number = (o) => o): string {
  const raw = text.slice(entry.start, entry.end);
  const shown = (raw.length > 24 ? `${raw.slice(0, 12)}…${raw.slice(-8)}` : raw).replace(/[\r\n\t\u2028\u2029]/g, ' ');
  return `${entry.rule}  ${shown}@${at(entry.start)}-${at(entry.end)} ${entry.action}${entry.note ? ` (${entry.note})` : ''}`;
}
