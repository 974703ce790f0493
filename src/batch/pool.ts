import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { describeFailure } from '../errors.js';
import { runParseTask, type ParseOutcome, type ParseTask } from './task.js';

/**
 * Below this many files a batch is parsed in this thread: starting a worker and loading the
 * parser into it costs about as much as parsing a dozen typical documents.
 */
export const POOL_MIN_FILES = 16;

/**
 * Worker count for a batch: one per core but one, since the main thread is busy serialising and
 * writing (on 2 cores a pool measured no faster than one thread, with 50 % more memory); never more
 * than there are inputs; none for a small batch. 1 means in-process.
 */
export function defaultJobs(inputs: number, cores = availableParallelism()): number {
  if (inputs < POOL_MIN_FILES) return 1;
  return Math.max(1, Math.min(cores - 1, inputs));
}

export interface ParseAllOptions {
  /** 1 = parse in this thread, no worker; more = a piscina pool of that many threads. */
  jobs: number;
  /**
   * Tasks handed to workers ahead of the one being written. Bounds memory: at most this many
   * finished documents wait for an earlier one. Default 4 per job.
   */
  window?: number;
}

/**
 * Parse every task and yield outcomes in task order, whichever finishes first. Tasks are
 * started lazily (never more than `window` ahead), so a corpus of any size streams through.
 * piscina is loaded only when a pool is used, with require (it ships CommonJS): the bundled CLI runs
 * as a vm script, where import() would need an experimental flag on Node 20.
 */
export async function* parseAll(tasks: Iterable<ParseTask>, options: ParseAllOptions): AsyncGenerator<ParseOutcome> {
  if (options.jobs <= 1) {
    for (const task of tasks) yield await runParseTask(task);
    return;
  }
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina<ParseTask, ParseOutcome>({
    // Resolved from the package root: this code may be running inside the bundled dist/cli.js.
    filename: join(packageRoot(), 'dist', 'batch', 'worker.js'),
    minThreads: options.jobs,
    maxThreads: options.jobs,
    idleTimeout: 1000,
    // V8 lets an idle-ish worker's heap grow far past what one document needs before it collects;
    // a small young generation keeps each thread's footprint near its live data (~12 MB).
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  const window = Math.max(1, options.window ?? options.jobs * 4);
  const inFlight: Array<Promise<ParseOutcome>> = [];
  const iterator = tasks[Symbol.iterator]();
  let exhausted = false;
  const start = (task: ParseTask): Promise<ParseOutcome> =>
    task.bytes
      ? Promise.resolve(runParseTask(task)) // already in memory (stdin): no point copying it to a worker
      : pool.run(task).catch((error: unknown) => ({ index: task.index, path: task.path, ok: false as const, ...describeFailure(error), sha256: null }));
  try {
    for (;;) {
      while (!exhausted && inFlight.length < window) {
        const next = iterator.next();
        if (next.done) exhausted = true;
        else inFlight.push(start(next.value));
      }
      const head = inFlight.shift();
      if (!head) break;
      yield await head;
    }
  } finally {
    await pool.destroy();
  }
}
