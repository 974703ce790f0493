import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../io/inputs.js';
import { writeFileAtomic } from '../io/atomic.js';
import { describeFailure, PolicyParseError, UsageError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { documentPage, indexPage, ASSET_DIR, ASSET_FILES, type ReportDocument } from '../report/index.js';
import { outputStems } from './names.js';
import { parseWithText } from './load.js';
import { EXIT_OK, EXIT_SOME_FAILED, type CliStreams } from './streams.js';

export interface ReportCommandOptions {
  out?: string;
  encoding?: string;
  indicators: boolean;
  quiet?: boolean;
}

/** The built browser script and style (scripts/bundle.mjs writes them under dist/). */
export function reportAssets(): Array<{ name: string; bytes: Buffer }> {
  const dir = join(packageRoot(), 'dist', 'report', ASSET_DIR);
  return ASSET_FILES.map((name) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new PolicyParseError('PDP_INTERNAL', `report asset ${path} is missing (run \`npm run build\`)`);
    return { name, bytes: readFileSync(path) };
  });
}

/** Page file names: the input's stem, kept clear of `index.html` and of each other. */
function pageNames(paths: string[]): Map<string, string> {
  const stems = outputStems(paths);
  const names = new Map<string, string>();
  const used = new Set(['index']);
  for (const path of paths) {
    let stem = stems.get(path)!;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${stems.get(path)}-${n}`;
    used.add(stem.toLowerCase());
    names.set(path, `${stem}.html`);
  }
  return names;
}

/**
 * `report`: inputs → one page per document, an index page, and the shared script and style in
 * `DIR/assets/`. Every file is written atomically. Exit 1 when an input failed (named on stderr).
 */
export async function runReport(args: string[], options: ReportCommandOptions, streams: CliStreams): Promise<number> {
  const started = performance.now();
  if (!options.out) throw new UsageError('report needs --out DIR');
  const assets = reportAssets();
  const inputs = expandInputs(args).filter((input) => input.path !== '-');
  if (args.includes('-')) throw new UsageError('report reads files and folders, not stdin');
  const names = pageNames(inputs.map((i) => i.path));
  const entries: ReportDocument[] = [];
  const failures: Array<{ path: string; code: string; message: string }> = [];
  for (const input of inputs) {
    try {
      if (input.failure) throw new PolicyParseError(input.failure.code, input.failure.message);
      const { document, text } = await parseWithText(input.path, options);
      entries.push({ document, text, page: names.get(input.path)! });
    } catch (error) {
      const failure = { path: input.path, ...describeFailure(error) };
      failures.push(failure);
      streams.stderr.write(`${failure.path}: ${failure.message} [${failure.code}]\n`);
    }
  }
  if (entries.length === 0) {
    if (inputs.length === 0) streams.stderr.write('error: no document input found [PDP_INPUT_MISSING]\n');
    return EXIT_SOME_FAILED;
  }
  for (const asset of assets) await writeFileAtomic(join(options.out, ASSET_DIR, asset.name), asset.bytes);
  for (const entry of entries) await writeFileAtomic(join(options.out, entry.page), documentPage(entry));
  await writeFileAtomic(join(options.out, 'index.html'), indexPage(entries, failures));
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    streams.stderr.write(`${entries.length} document${entries.length === 1 ? '' : 's'} → ${join(options.out, 'index.html')}${failures.length ? `, ${failures.length} failed` : ''} in ${seconds}s\n`);
  }
  return failures.length ? EXIT_SOME_FAILED : EXIT_OK;
}
