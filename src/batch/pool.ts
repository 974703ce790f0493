import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { describeFailure } from '../errors.js';
import { runParseTask, type ParseOutcome, type ParseTask } from './task.js';
import { rendererFor, type Renderer } from './render.js';

/**
 * Below this many files a batch is parsed in this thread: starting a worker and loading the
 * parser into it costs about as much as parsing a dozen typical documents.
 */
export const POOL_MIN_FILES = 16;

/**
 * Inputs this large are parsed on a worker thread even without a pool (`offThreadBytes`): they
 * take long enough (hundreds of milliseconds and up) that a worker's start-up is lost in it, and
 * the main thread stays free to act on Ctrl-C / SIGTERM at once, remove its temp files and exit.
 */
export const OFF_THREAD_BYTES = 1024 * 1024;

/**
 * Worker count for a batch: one per core but one; never more than there are inputs; none for a
 * small batch. 1 means in-process. Workers render and write their documents (render.ts), so the
 * main thread's share is small (1,000 documents: ~0.2 s of ~5 s CPU); but a pool spends more CPU
 * in all than one thread (each worker isolate starts, compiles and warms up on its own, and V8's
 * GC and compiler threads work for each: 1,000 documents took 0.3–2 s more CPU with 2 workers),
 * so on a shared 2-core machine two workers measured no faster than one thread: none there
 * (bench/cores.mjs).
 */
export function defaultJobs(inputs: number, cores = availableParallelism()): number {
  if (inputs < POOL_MIN_FILES) return 1;
  return Math.max(1, Math.min(cores - 1, inputs));
}

export interface ParseAllOptions {
  /** 1 = parse in this thread, no worker; more = a piscina pool of that many threads. */
  jobs: number;
  /**
   * Messages (of up to `tasksPerMessage` tasks) handed to workers ahead of the one being written.
   * Bounds memory: at most this many messages' documents wait for an earlier one. Default 4 per job.
   */
  window?: number;
  /** With `jobs` 1: parse tasks of at least this many bytes (`task.size`) on a worker thread. */
  offThreadBytes?: number;
  /** Small consecutive tasks sent to a worker together (default TASKS_PER_MESSAGE). */
  tasksPerMessage?: number;
}

type Pool = import('piscina').Piscina<ParseTask | ParseTask[], ParseOutcome | ParseOutcome[]>;

/**
 * Tasks sent to a worker in one message. Each message costs a wake-up of the thread it goes to
 * (of the order of 0.1–1 ms on a virtual machine), which per document cost a worker as much CPU
 * as a fifth of its parsing; a batch of consecutive inputs pays it once.
 */
export const TASKS_PER_MESSAGE = 8;

/** Inputs this large travel alone (their parse is long enough to pay for its own message). */
const BATCH_BYTES = 256 * 1024;

/**
 * piscina is loaded only when a pool is used, with require (it ships CommonJS): the bundled CLI runs
 * as a vm script, where import() would need an experimental flag on Node 20.
 */
function makePool(threads: number): Pool {
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  return new Piscina<ParseTask | ParseTask[], ParseOutcome | ParseOutcome[]>({
    // Resolved from the package root: this code may be running inside the bundled dist/cli.js.
    filename: join(packageRoot(), 'dist', 'batch', 'worker.js'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // V8 lets an idle-ish worker's heap grow far past what one document needs before it collects,
    // so the young generation is capped; at 4 MB a worker spent a third of its time in GC (1,000
    // documents: ~0.8 s of GC per worker, 0.2 s at 16 MB, no less above), for ~30 MB more RSS.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
}

const failed = (task: ParseTask, error: unknown): ParseOutcome => ({ index: task.index, path: task.path, ok: false, ...describeFailure(error), sha256: null });

const runIn = (pool: Pool, task: ParseTask): Promise<ParseOutcome> =>
  (pool.run(task) as Promise<ParseOutcome>).catch((error: unknown) => failed(task, error));

const runBatchIn = (pool: Pool, tasks: ParseTask[]): Promise<ParseOutcome[]> =>
  (pool.run(tasks) as Promise<ParseOutcome[]>).catch((error: unknown) => tasks.map((task) => failed(task, error)));

const sizeOf = (task: ParseTask) => task.size ?? task.bytes?.length ?? 0;

/**
 * Parse every task and yield outcomes in task order, whichever finishes first. Tasks are
 * started lazily (never more than `window` ahead), so a corpus of any size streams through.
 */
export async function* parseAll(tasks: Iterable<ParseTask>, options: ParseAllOptions): AsyncGenerator<ParseOutcome> {
  // Tasks parsed in this thread are rendered here, by the same code a worker runs (task.render).
  const renderers = new Map<ParseTask['render'], Renderer>();
  const inThisThread = async (task: ParseTask): Promise<ParseOutcome> => {
    if (!task.render) return runParseTask(task);
    let renderer = renderers.get(task.render);
    if (!renderer) renderers.set(task.render, (renderer = await rendererFor(task.render)));
    return runParseTask(task, renderer);
  };
  if (options.jobs <= 1) {
    let offThread: Pool | null = null;
    try {
      for (const task of tasks) {
        if (options.offThreadBytes !== undefined && sizeOf(task) >= options.offThreadBytes) {
          offThread ??= makePool(1);
          yield await runIn(offThread, task);
        } else {
          yield await inThisThread(task);
        }
      }
    } finally {
      await offThread?.destroy();
    }
    return;
  }
  const pool = makePool(options.jobs);
  const perMessage = Math.max(1, options.tasksPerMessage ?? TASKS_PER_MESSAGE);
  // In messages (each up to perMessage tasks): 4 per worker keep every worker busy while the
  // main thread writes the oldest.
  const window = Math.max(1, options.window ?? options.jobs * 4);
  const inFlight: Array<Promise<ParseOutcome[]>> = [];
  const iterator = tasks[Symbol.iterator]();
  let pending: ParseTask | null = null;
  let exhausted = false;
  const nextTask = (): ParseTask | null => {
    if (pending) {
      const task = pending;
      pending = null;
      return task;
    }
    const next = iterator.next();
    if (next.done) exhausted = true;
    return next.done ? null : next.value;
  };
  // Already in memory (stdin) and small: no point copying it to a worker.
  const here = (task: ParseTask) => Boolean(task.bytes && task.bytes.length < OFF_THREAD_BYTES);
  /** The next message: one task parsed here, one large task, or up to perMessage small ones in a row. */
  const startNext = (): Promise<ParseOutcome[]> | null => {
    const first = nextTask();
    if (!first) return null;
    if (here(first)) return inThisThread(first).then((outcome) => [outcome]);
    if (sizeOf(first) >= BATCH_BYTES || perMessage === 1) return runIn(pool, first).then((outcome) => [outcome]);
    const batch = [first];
    let bytes = sizeOf(first);
    while (batch.length < perMessage && !exhausted) {
      const task = nextTask();
      if (!task) break;
      if (here(task) || bytes + sizeOf(task) >= BATCH_BYTES) {
        pending = task;
        break;
      }
      batch.push(task);
      bytes += sizeOf(task);
    }
    return runBatchIn(pool, batch);
  };
  try {
    for (;;) {
      while ((!exhausted || pending) && inFlight.length < window) {
        const started = startNext();
        if (started) inFlight.push(started);
      }
      const head = inFlight.shift();
      if (!head) break;
      yield* await head;
    }
  } finally {
    await pool.destroy();
  }
}
