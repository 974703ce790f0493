import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expandInputs, type InputRef } from '../io/inputs.js';
import { readStdin } from '../io/read.js';
import { removeStaleTempFiles, staleTempFiles, writeFileAtomic } from '../io/atomic.js';
import { makeFolder, OutputError, asOutputError } from '../io/output.js';
import { sha256Hex } from '../document.js';
import { describeFailure, UsageError } from '../errors.js';
import { SCHEMA_VERSION, type Document } from '../schema/document.js';
import { formatFromPath, isTableFormat, type Format } from '../export/formats.js';
import type { SerializerOptions } from '../export/stream.js';
import { defaultJobs, OFF_THREAD_BYTES, parseAll } from '../batch/pool.js';
import type { ParseTask } from '../batch/task.js';
import type { ExplainRequest } from '../batch/explain.js';
import { inShard, resolveShard } from '../batch/shard.js';
import {
  Journal, journalFileName, manifestFileName, manifestToJson, previousEntries, readJournal, readManifest, reusable, runFingerprint,
  type Manifest, type ManifestInput,
} from '../batch/manifest.js';
import {
  csvTablesSink, fileSink, ndjsonPartSink, perInputSink, removeOtherShardLayouts, salvageKilledPart, stdoutSink, tableFormatSink,
  type Sink,
} from './sinks.js';
import { outputStems } from './names.js';
import { stdoutWriter } from './stdout.js';
import { Progress } from './progress.js';
import { displayPath, failureLine } from './lines.js';
import { buildFingerprint, toolInfo } from './version.js';
import type { ParseCommandOptions } from './options.js';
import { EXIT_OK, EXIT_SOME_FAILED, type CliStreams } from './streams.js';


/** Output settings fixed once from the flags: format, destination, JSON layout. */
function resolveOutput(options: ParseCommandOptions, streams: CliStreams) {
  if (options.output && options.out) throw new UsageError('give either -o FILE or --out DIR, not both');
  if (options.compact && options.pretty) throw new UsageError('give either --compact or --pretty, not both');
  const inferred = options.output ? formatFromPath(options.output) : null;
  const format: Format = options.format ?? inferred ?? 'json';
  // Pretty for people (a terminal, or files, which get opened and diffed); one line per
  // document for pipes. --compact / --pretty override.
  const toTerminal = !options.output && !options.out && Boolean(streams.stdout.isTTY);
  const pretty = options.pretty ?? (options.compact ? false : toTerminal || Boolean(options.output || options.out));
  return { format, pretty };
}

/**
 * `parse`: inputs → documents → one destination. Returns the exit code: 0 all parsed, 1 some
 * input failed or an output could not be written (each named on stderr as `path: reason [CODE]`);
 * usage errors throw UsageError.
 */
export async function runParse(args: string[], options: ParseCommandOptions, streams: CliStreams): Promise<number> {
  const started = performance.now();
  const { format, pretty } = resolveOutput(options, streams);
  const shard = options.shard ? resolveShard(options.shard, streams.env ?? process.env) : null;
  const all = expandInputs(args, (path, reason) => options.quiet || streams.stderr.write(`${displayPath(path)}: skipped, ${reason}\n`));
  const selected = all.filter((input) => inShard(input.key, shard));

  // The build fingerprint is only worth its file reads when a manifest is written.
  const tool = options.out ? { ...toolInfo(), build: buildFingerprint() } : toolInfo();
  const settings: Manifest['settings'] = {
    format,
    pretty,
    bom: format === 'csv' ? options.bom : null,
    encoding: options.encoding ?? null,
    indicators: options.indicators,
    offsetUnit: options.offsetUnit,
    ...(options.from ? { from: options.from } : {}),
    ...(options.includeText ? { includeText: true } : {}),
  };
  const serializerOptions: SerializerOptions = { pretty, table: options.table, bom: options.bom };

  // A single file argument prints one JSON object (unless --array); anything else (a folder, several files) an array.
  const single = !options.array && (args.length === 0 || (args.length === 1 && all.length === 1 && all[0].path === args[0]));

  // The output folder first: one clear error (and nothing parsed) when it cannot be made; then
  // what killed runs left there (temp files, parts of another shard count).
  const perInput = Boolean(options.out) && format !== 'csv' && !isTableFormat(format) && !(format === 'ndjson' && shard && shard.count > 1);
  if (options.out) {
    makeFolder(options.out);
    if (format === 'ndjson' && !perInput) salvageKilledPart(options.out, shard, staleTempFiles);
    removeStaleTempFiles(options.out);
    removeOtherShardLayouts(options.out, shard);
  } else if (options.output) {
    makeFolder(dirname(options.output));
    removeStaleTempFiles(dirname(options.output), options.output);
  }

  let sink: Sink;
  if (isTableFormat(format)) {
    sink = await tableFormatSink(format, { out: options.out, output: options.output, table: options.table, shard, stdout: streams.stdout });
  } else if (options.out) {
    const stems = outputStems(all.map((i) => i.path));
    if (format === 'csv') sink = await csvTablesSink(options.out, serializerOptions, shard);
    else if (!perInput) sink = await ndjsonPartSink(options.out, shard);
    else sink = await perInputSink(options.out, format, serializerOptions, stems);
  } else if (options.output) {
    sink = await fileSink(options.output, format, { ...serializerOptions, single });
  } else {
    sink = await stdoutSink(format, { ...serializerOptions, single }, stdoutWriter(streams.stdout));
  }

  const current = { tool, schemaVersion: SCHEMA_VERSION, settings };
  const manifestPath = options.out ? join(options.out, manifestFileName(shard)) : null;
  const journalPath = options.out ? join(options.out, journalFileName(shard)) : null;
  const fingerprint = runFingerprint(current);
  const previousManifest = manifestPath ? readManifest(manifestPath) : null;
  const previous = journalPath ? previousEntries(previousManifest, readJournal(journalPath, fingerprint), current) : new Map<string, ManifestInput>();

  // Decide per input, in order: failed before parsing, reused from the last run, or to parse.
  // --explain, --explain-at or POLICY_PARSE_DEBUG=1: each input's debug trace on stderr (never reused from a manifest).
  const explain = explainRequest(options, streams.env ?? process.env);
  type Plan = { input: InputRef; reuse?: ManifestInput; task?: ParseTask; failure?: { code: string; message: string } };
  const plans: Plan[] = [];
  for (const input of selected) {
    if (input.failure) {
      plans.push({ input, failure: input.failure });
      continue;
    }
    const task: ParseTask = {
      index: plans.length, path: input.path, encoding: options.encoding, indicators: options.indicators, offsetUnit: options.offsetUnit,
      from: options.from, includeText: options.includeText, ...(explain ? { explain } : {}),
      render: sink.render ?? undefined,
      outputFile: sink.render && input.path !== '-' ? sink.outputFileFor?.(input.path) : undefined,
    };
    if (input.path === '-') {
      try {
        task.bytes = await readStdin(streams.stdin);
      } catch (error) {
        plans.push({ input, failure: describeFailure(error) });
        continue;
      }
    } else {
      const file = regularFile(input.path);
      task.size = file?.size;
      const candidate = file && previous.get(input.path);
      const reuse = candidate ? reusable(candidate, sha256OfFile(input.path) ?? '') : null;
      if (reuse && sink.canReuse(reuse) && !explain) {
        plans.push({ input, reuse });
        continue;
      }
    }
    plans.push({ input, task });
  }

  const tasks = plans.flatMap((p) => (p.task ? [p.task] : []));
  // Never more threads than files to read (stdin is parsed in this thread).
  const fileTasks = tasks.filter((t) => !t.bytes).length;
  const jobs = Math.min(options.jobs ?? defaultJobs(fileTasks), Math.max(1, fileTasks));
  // Runs that write files keep the main thread free for signals (see OFF_THREAD_BYTES).
  const offThreadBytes = options.out || options.output ? OFF_THREAD_BYTES : undefined;
  const outcomes = parseAll(tasks, { jobs, offThreadBytes });
  const progress = new Progress(!options.quiet, streams.stderr);
  const journal = journalPath ? new Journal(journalPath, fingerprint) : null;
  const entries: ManifestInput[] = [];
  const failures: Manifest['failures'] = [];
  let documents = 0;
  let targets = 0;
  let reused = 0;
  const record = (entry: ManifestInput) => {
    entries.push(entry);
    journal?.append(entry);
  };
  const report = (path: string, failure: { code: string; message: string }) => {
    progress.clear();
    streams.stderr.write(failureLine(path, failure));
  };
  const fail = (path: string, failure: { code: string; message: string }, sha256: string | null) => {
    report(path, failure);
    failures.push({ path, ...failure });
    record({ path, sha256, status: 'failed', ...failure });
  };
  /** An output error that ends the batch (the folder or the one shared file cannot be written). */
  let stopped: OutputError | null = null;

  try {
    for (const [done, plan] of plans.entries()) {
      const { path } = plan.input;
      if (plan.failure) fail(path, plan.failure, null);
      else if (plan.reuse) {
        await sink.reuse(plan.reuse);
        record({ ...plan.reuse, reused: true });
        documents++;
        reused++;
        targets += plan.reuse.targets ?? 0;
      } else {
        const next = await outcomes.next();
        if (next.done) throw new Error('parse results ended early');
        const outcome = next.value;
        if (!outcome.ok) fail(path, outcome, outcome.sha256);
        else {
          const doc = outcome.rendered ?? summaryOf(outcome.document);
          if (outcome.trace) {
            progress.clear();
            streams.stderr.write(`explain ${displayPath(path)}: ${outcome.trace.length} entries\n${outcome.trace.map((l) => `  ${l}\n`).join('')}`);
          }
          let written;
          try {
            written = await sink.add(outcome, path);
          } catch (error) {
            if (!(error instanceof OutputError)) throw error;
            // One input's file could not be written: say so, go on, unless nothing more can be.
            if (!perInput || error.folderWide) {
              stopped = error;
              break;
            }
            report(error.target, error);
            failures.push({ path, code: error.code, message: `output ${error.target}: ${error.message}` });
            record({ path, sha256: doc.sha256, status: 'failed', code: error.code, message: `output ${error.target}: ${error.message}` });
            continue;
          }
          documents++;
          targets += doc.targets;
          record({
            path, sha256: doc.sha256, status: 'ok', docId: doc.docId,
            outputs: written.outputs.length ? written.outputs : undefined, outputSha256: written.outputSha256, targets: doc.targets,
          });
        }
      }
      progress.update(done + 1, plans.length, path);
    }
    if (stopped) {
      await sink.abort();
      await outcomes.return(undefined);
    } else {
      await sink.finish();
    }
  } catch (error) {
    await sink.abort();
    await outcomes.return(undefined);
    journal?.close();
    if (!(error instanceof OutputError)) throw error;
    stopped = error;
  } finally {
    progress.clear();
  }

  let orphans: NonNullable<Manifest['orphans']> = [];
  if (stopped) {
    journal?.close();
    report(stopped.target, stopped);
    const left = plans.length - entries.length;
    // One file per input: those before the failure are in place. A shared file (-o, part, csv tables) was dropped whole.
    const note = perInput ? `${documents} documents written, ${left} input${left === 1 ? '' : 's'} not written` : 'nothing written';
    if (!options.quiet) streams.stderr.write(`stopped: ${note}\n`);
    return EXIT_SOME_FAILED;
  }
  if (manifestPath && options.out) {
    if (perInput) orphans = findOrphans(options.out, previousManifest, previous, all, entries);
    const manifest: Manifest = {
      ...current,
      shard,
      counts: { inputs: plans.length, documents, failed: failures.length, reused, targets },
      inputs: entries,
      failures,
      ...(orphans.length ? { orphans } : {}),
    };
    try {
      await writeFileAtomic(manifestPath, manifestToJson(manifest));
      journal?.remove();
    } catch (error) {
      journal?.close();
      const failure = asOutputError(error, manifestPath);
      report(failure.target, failure);
      return EXIT_SOME_FAILED;
    }
  }

  const batch = plans.length > 1 || Boolean(options.out);
  if (!options.quiet && batch) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const reusedNote = reused ? `, ${reused} unchanged` : '';
    const orphanNote = orphans.length === 1 ? ', 1 output of a deleted input kept (see manifest)'
      : orphans.length ? `, ${orphans.length} outputs of deleted inputs kept (see manifest)` : '';
    streams.stderr.write(`${documents} documents, ${targets} targets, ${failures.length} failed${reusedNote}${orphanNote} in ${seconds}s\n`);
  }
  return failures.length ? EXIT_SOME_FAILED : EXIT_OK;
}

/**
 * `parse --records`: a stream filter for Spark / Hadoop Streaming (src/cli/records.ts). Inputs,
 * files and shards belong to the engine driving it, so those flags are usage errors here.
 */
export async function runRecordsCommand(args: string[], options: ParseCommandOptions, streams: CliStreams): Promise<number> {
  if (args.length) throw new UsageError('--records reads its inputs as records on stdin: give no input paths');
  if (options.output || options.out || options.shard) throw new UsageError('--records writes NDJSON to stdout: no -o, --out or --shard');
  if (options.format && options.format !== 'ndjson') throw new UsageError('--records writes ndjson only');
  const { runRecords } = await import('./records.js');
  await runRecords({ encoding: options.encoding, indicators: options.indicators, offsetUnit: options.offsetUnit }, streams);
  return EXIT_OK;
}

/** What the manifest records of a parsed document. */
const summaryOf = (doc: Document) => ({ docId: doc.docId, sha256: doc.source.sha256, targets: doc.targets.length });

/** The file's stat when it is a regular file (following links), else null: never open a FIFO to hash it. */
function regularFile(path: string): { size: number } | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { size: stat.size } : null;
  } catch {
    return null;
  }
}

function sha256OfFile(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return null;
  }
}

/**
 * Outputs in the folder made from inputs that no longer exist: entries of earlier runs (and
 * orphans they reported) whose input path is not an input now and is gone from disk, whose
 * output files are still there and were not just written for another input.
 */
function findOrphans(
  dir: string,
  previousManifest: Manifest | null,
  previous: Map<string, ManifestInput>,
  inputs: InputRef[],
  entries: ManifestInput[],
): NonNullable<Manifest['orphans']> {
  const current = new Set(inputs.map((i) => i.path));
  const written = new Set(entries.flatMap((e) => e.outputs ?? []));
  const candidates = new Map<string, string[]>();
  for (const entry of [...(previousManifest?.inputs ?? []), ...previous.values()]) {
    if (entry.status === 'ok' && entry.outputs?.length) candidates.set(entry.path, entry.outputs);
  }
  for (const orphan of previousManifest?.orphans ?? []) candidates.set(orphan.path, orphan.outputs);
  const orphans: NonNullable<Manifest['orphans']> = [];
  for (const [path, outputs] of candidates) {
    if (path === '-' || current.has(path) || exists(path)) continue;
    const left = outputs.filter((name) => !written.has(name) && exists(join(dir, name)));
    if (left.length) orphans.push({ path, outputs: left });
  }
  return orphans;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The trace asked for by `--explain`, `--explain-at OFFSET` or POLICY_PARSE_DEBUG=1 (any value but empty or 0), or null. */
export function explainRequest(options: Pick<ParseCommandOptions, 'explain' | 'explainAt'>, env: NodeJS.ProcessEnv): ExplainRequest | null {
  if (options.explainAt !== undefined) return { at: options.explainAt };
  const debugEnv = env.POLICY_PARSE_DEBUG;
  return options.explain || (debugEnv !== undefined && debugEnv !== '' && debugEnv !== '0') ? { at: null } : null;
}
