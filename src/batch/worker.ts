// Piscina worker: one ParseTask in, one ParseOutcome out. The file is read here, not in the
// main thread, so the main thread only orders and writes results.
import { runParseTask, type ParseTask, type ParseOutcome } from './task.js';

export default function parseInWorker(task: ParseTask): ParseOutcome | Promise<ParseOutcome> {
  return runParseTask(task);
}
