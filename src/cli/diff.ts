import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { describeFailure, UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { diffDocuments, diffToCsv, diffToNdjson, diffToText } from '../diff/index.js';
import { diffPage } from '../report/pages.js';
import type { Document } from '../schema/document.js';
import { loadDocument } from './load.js';
import { stdoutWriter } from './stdout.js';
import { EXIT_OK, EXIT_SOME_FAILED, type CliStreams } from './streams.js';

export const DIFF_FORMATS = ['json', 'ndjson', 'csv', 'text', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  format?: DiffFormat;
  output?: string;
  encoding?: string;
  bom: boolean;
  compact?: boolean;
  pretty?: boolean;
}

const BY_EXTENSION: Record<string, DiffFormat> = {
  '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv', '.txt': 'text', '.html': 'html', '.htm': 'html',
};

/**
 * `diff OLD NEW`: the changes between two versions of one plan. OLD and NEW are source files or
 * JSON documents written by `parse`. Format: --format, else -o's extension, else readable text on
 * a terminal and JSON on a pipe.
 */
export async function runDiff(oldPath: string, newPath: string, options: DiffCommandOptions, streams: CliStreams): Promise<number> {
  if (options.compact && options.pretty) throw new UsageError('give either --compact or --pretty, not both');
  const toTerminal = !options.output && Boolean(streams.stdout.isTTY);
  const format: DiffFormat = options.format ?? (options.output ? BY_EXTENSION[extname(options.output).toLowerCase()] : undefined) ?? (toTerminal ? 'text' : 'json');
  const docs: Document[] = [];
  let failed = false;
  for (const path of [oldPath, newPath]) {
    try {
      docs.push(await loadDocument(path, { encoding: options.encoding }));
    } catch (error) {
      const { code, message } = describeFailure(error);
      streams.stderr.write(`${path}: ${message} [${code}]\n`);
      failed = true;
    }
  }
  if (failed) return EXIT_SOME_FAILED;
  const diff = diffDocuments(docs[0], docs[1]);
  const pretty = options.pretty ?? (options.compact ? false : toTerminal || Boolean(options.output));
  let out: string;
  if (format === 'json') out = JSON.stringify(diff, null, pretty ? 2 : undefined) + '\n';
  else if (format === 'ndjson') out = diffToNdjson(diff);
  else if (format === 'csv') out = diffToCsv(diff, { bom: options.bom });
  else if (format === 'text') out = diffToText(diff);
  else out = diffPage(diff, { css: readFileSync(join(packageRoot(), 'dist', 'report', 'assets', 'report.css'), 'utf8') });
  if (options.output) {
    await writeFileAtomic(options.output, out);
  } else {
    await stdoutWriter(streams.stdout).write(out);
  }
  return EXIT_OK;
}
