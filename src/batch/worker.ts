// Piscina worker: one ParseTask in, one ParseOutcome out. The file is read here, and the document
// rendered in the sink's format here (task.render), so the main thread only orders and writes.
import { runParseTask, type ParseTask, type ParseOutcome } from './task.js';
import { rendererFor } from './render.js';

/** One task, or several small ones in a row (one message each way for the lot: see pool.ts). */
export default async function parseInWorker(task: ParseTask | ParseTask[]): Promise<ParseOutcome | ParseOutcome[]> {
  if (!Array.isArray(task)) return runParseTask(task, task.render ? await rendererFor(task.render) : undefined);
  const outcomes: ParseOutcome[] = [];
  for (const one of task) outcomes.push(await runParseTask(one, one.render ? await rendererFor(one.render) : undefined));
  return outcomes;
}
