// Piscina worker: one ParseTask in, one ParseOutcome out. The file is read here, and the document
// rendered in the sink's format here (task.render), so the main thread only orders and writes.
import { runParseTask, type ParseTask, type ParseOutcome } from './task.js';
import { rendererFor } from './render.js';

export default async function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  return runParseTask(task, task.render ? await rendererFor(task.render) : undefined);
}
