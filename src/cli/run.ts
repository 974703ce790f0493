import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, type InputRef } from '../io/inputs.js';
import { readStdin } from '../io/read.js';
import { installCleanupHandlers, writeFileAtomic } from '../io/atomic.js';
import { sha256Hex } from '../document.js';
import { describeFailure, UsageError } from '../errors.js';
import { SCHEMA_VERSION } from '../schema/document.js';
import { formatFromPath, type Format } from '../export/formats.js';
import type { SerializerOptions } from '../export/stream.js';
import { defaultJobs, parseAll } from '../batch/pool.js';
import type { ParseTask } from '../batch/task.js';
import { inShard } from '../batch/shard.js';
import {
  manifestFileName, manifestToJson, readManifest, reusableEntry, type Manifest, type ManifestInput,
} from '../batch/manifest.js';
import { csvTablesSink, fileSink, ndjsonPartSink, perInputSink, stdoutSink, type Sink } from './sinks.js';
import { outputStems } from './names.js';
import { stdoutWriter } from './stdout.js';
import { Progress } from './progress.js';
import { buildFingerprint, toolInfo } from './version.js';
import type { ParseCommandOptions } from './options.js';

/** The process streams `parse` uses; tests may pass their own. */
export interface CliStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

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
 * input failed (each named on stderr as `path: reason [CODE]`); usage errors throw UsageError.
 */
export async function runParse(args: string[], options: ParseCommandOptions, streams: CliStreams): Promise<number> {
  const started = performance.now();
  const { format, pretty } = resolveOutput(options, streams);
  const all = expandInputs(args, (path, reason) => options.quiet || streams.stderr.write(`${path}: skipped, ${reason}\n`));
  const selected = all.filter((input) => inShard(input.path, options.shard ?? null));

  // The build fingerprint is only worth its file reads when a manifest is written.
  const tool = options.out ? { ...toolInfo(), build: buildFingerprint() } : toolInfo();
  const settings: Manifest['settings'] = {
    format,
    pretty,
    bom: format === 'csv' ? options.bom : null,
    encoding: options.encoding ?? null,
    indicators: options.indicators,
    ...(options.from ? { from: options.from } : {}),
    ...(options.includeText ? { includeText: true } : {}),
  };
  const shard = options.shard ?? null;
  const serializerOptions: SerializerOptions = { pretty, table: options.table, bom: options.bom };

  // A single file argument prints one JSON object; anything else (a folder, several files) an array.
  const single = args.length === 0 || (args.length === 1 && all.length === 1 && all[0].path === args[0]);

  let sink: Sink;
  if (options.out || options.output) installCleanupHandlers();
  if (options.out) {
    const stems = outputStems(all.map((i) => i.path));
    if (format === 'csv') sink = await csvTablesSink(options.out, serializerOptions, shard);
    else if (format === 'ndjson' && shard && shard.count > 1) sink = await ndjsonPartSink(options.out, shard);
    else sink = await perInputSink(options.out, format, serializerOptions, stems);
  } else if (options.output) {
    sink = await fileSink(options.output, format, { ...serializerOptions, single });
  } else {
    sink = await stdoutSink(format, { ...serializerOptions, single }, stdoutWriter(streams.stdout));
  }

  const manifestPath = options.out ? join(options.out, manifestFileName(shard)) : null;
  const previous = manifestPath ? readManifest(manifestPath) : null;
  const current = { tool, schemaVersion: SCHEMA_VERSION, settings };

  // Decide per input, in order: failed before parsing, reused from the last run, or to parse.
  type Plan = { input: InputRef; reuse?: ManifestInput; task?: ParseTask; failure?: { code: string; message: string } };
  const plans: Plan[] = [];
  for (const input of selected) {
    if (input.failure) {
      plans.push({ input, failure: input.failure });
      continue;
    }
    const task: ParseTask = { index: plans.length, path: input.path, encoding: options.encoding, indicators: options.indicators, from: options.from, includeText: options.includeText };
    if (input.path === '-') {
      try {
        task.bytes = await readStdin(streams.stdin);
      } catch (error) {
        plans.push({ input, failure: describeFailure(error) });
        continue;
      }
    } else if (previous) {
      const entry = sha256OfFile(input.path);
      const reuse = entry ? reusableEntry(previous, current, input.path, entry) : null;
      if (reuse && sink.canReuse(reuse)) {
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
  const outcomes = parseAll(tasks, { jobs });
  const progress = new Progress(!options.quiet, streams.stderr);
  const entries: ManifestInput[] = [];
  const failures: Manifest['failures'] = [];
  let documents = 0;
  let targets = 0;
  let reused = 0;
  const fail = (path: string, failure: { code: string; message: string }, sha256: string | null) => {
    progress.clear();
    streams.stderr.write(`${path}: ${failure.message} [${failure.code}]\n`);
    failures.push({ path, ...failure });
    entries.push({ path, sha256, status: 'failed', ...failure });
  };

  try {
    for (const [done, plan] of plans.entries()) {
      const { path } = plan.input;
      if (plan.failure) fail(path, plan.failure, null);
      else if (plan.reuse) {
        await sink.reuse(plan.reuse);
        entries.push({ ...plan.reuse, reused: true });
        documents++;
        reused++;
        targets += plan.reuse.targets ?? 0;
      } else {
        const next = await outcomes.next();
        if (next.done) throw new Error('parse results ended early');
        const outcome = next.value;
        if (!outcome.ok) fail(path, outcome, outcome.sha256);
        else {
          const doc = outcome.document;
          const written = await sink.add(doc, path);
          documents++;
          targets += doc.targets.length;
          entries.push({ path, sha256: doc.source.sha256, status: 'ok', docId: doc.docId, outputs: written.length ? written : undefined, targets: doc.targets.length });
        }
      }
      progress.update(done + 1, plans.length, path);
    }
    await sink.finish();
    if (manifestPath) {
      const manifest: Manifest = {
        ...current,
        shard,
        counts: { inputs: plans.length, documents, failed: failures.length, reused, targets },
        inputs: entries,
        failures,
      };
      await writeFileAtomic(manifestPath, manifestToJson(manifest));
    }
  } catch (error) {
    await sink.abort();
    await outcomes.return(undefined);
    throw error;
  } finally {
    progress.clear();
  }

  const batch = plans.length > 1 || Boolean(options.out);
  if (!options.quiet && batch) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const reusedNote = reused ? `, ${reused} unchanged` : '';
    streams.stderr.write(`${documents} documents, ${targets} targets, ${failures.length} failed${reusedNote} in ${seconds}s\n`);
  }
  return failures.length ? EXIT_SOME_FAILED : EXIT_OK;
}

function sha256OfFile(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return null;
  }
}
