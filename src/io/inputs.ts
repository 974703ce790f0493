import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { PolicyParseError, describeFailure } from '../errors.js';
import { folderDecision } from './formats/detect.js';

/** One thing to parse: a file path, or `-` for standard input. */
export interface InputRef {
  /** The path as the user gave it (or as found under a given folder); `-` for stdin. */
  path: string;
  /** Set when the path could not be used; the batch reports it and goes on with the rest. */
  failure?: { code: string; message: string };
}

/** Plain-text extensions (a folder walk also takes .html .htm .docx .pdf .ofd: DOCUMENT_EXTENSIONS). */
export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;

/** Told about each file a folder walk leaves out, with why (one line each on stderr in the CLI). */
export type SkipListener = (path: string, reason: string) => void;

/** Code-unit order, so the same tree lists the same way under every locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function statOrFailure(path: string): Stats | InputRef['failure'] {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'PDP_INPUT_MISSING', message: 'no such file or directory' };
    if (code === 'EACCES' || code === 'EPERM') return { code: 'PDP_INPUT_UNREADABLE', message: 'permission denied' };
    return describeFailure(new PolicyParseError('PDP_INPUT_UNREADABLE', (error as Error).message));
  }
}

/**
 * Every document (`.txt .md .html .htm .mht .mhtml .docx .pdf .ofd`) below `folder`, depth first, names sorted;
 * hidden entries skipped. Documents in formats that are not read (.doc, .wps, …) are listed
 * as failures with a hint; other files are passed to `onSkip`.
 */
function walk(folder: string, into: InputRef[], onSkip?: SkipListener): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    into.push({ path: folder, failure: describeFailure(new PolicyParseError('PDP_INPUT_UNREADABLE', (error as Error).message)) });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, into, onSkip);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const decision = folderDecision(entry.name);
      if (decision.take) into.push({ path });
      else if (decision.unsupported) into.push({ path, failure: { code: 'PDP_FORMAT_UNSUPPORTED', message: decision.unsupported } });
      else onSkip?.(path, 'not a document format read here (.txt .md .html .htm .mht .docx .pdf .ofd)');
    }
  }
}

/**
 * Command-line inputs → the list of documents to parse, in a stable order: arguments in the
 * order given, each folder expanded recursively. No argument means stdin. A path that cannot
 * be used stays in the list with a `failure`, so it is reported in its place. Duplicates are
 * dropped (first one wins).
 */
export function expandInputs(args: readonly string[], onSkip?: SkipListener): InputRef[] {
  const found: InputRef[] = [];
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      found.push({ path: '-' });
      continue;
    }
    const stat = statOrFailure(arg);
    if (!stat || !('isDirectory' in stat)) found.push({ path: arg, failure: stat ?? undefined });
    else if (stat.isDirectory()) walk(arg, found, onSkip);
    else found.push({ path: arg });
  }
  const seen = new Set<string>();
  return found.filter((input) => {
    if (seen.has(input.path)) return false;
    seen.add(input.path);
    return true;
  });
}
