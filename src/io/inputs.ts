import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PolicyParseError, describeFailure } from '../errors.js';
import { folderDecision } from './formats/detect.js';

/** One thing to parse: a file path, or `-` for standard input. */
export interface InputRef {
  /** The path as the user gave it (or as found under a given folder); `-` for stdin. */
  path: string;
  /**
   * The input's name however its path was written, for the shard split: below a folder given on
   * the command line, the path relative to that folder (`corpus/a/b.txt`, `./corpus/a/b.txt` and
   * `/mnt/corpus/a/b.txt` given as the folder all give `a/b.txt`, so machines that mount the
   * corpus at different places agree); for a file given by name, its path relative to the
   * working directory; `-` for stdin. Always with `/` separators.
   */
  key: string;
  /** Set when the path could not be used; the batch reports it and goes on with the rest. */
  failure?: { code: string; message: string };
}

/** Plain-text extensions (a folder walk also takes .html .htm .docx .pdf .ofd: DOCUMENT_EXTENSIONS). */
export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;

/** Told about each file a folder walk leaves out, with why (one line each on stderr in the CLI). */
export type SkipListener = (path: string, reason: string) => void;

/** Code-unit order, so the same tree lists the same way under every locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A failed stat or readdir as code + words (an fs message would repeat the path, unescaped). */
function fsFailure(error: unknown): NonNullable<InputRef['failure']> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'PDP_INPUT_MISSING', message: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'PDP_INPUT_UNREADABLE', message: 'permission denied' };
  return describeFailure(new PolicyParseError('PDP_INPUT_UNREADABLE', code ? `cannot be read (${code})` : 'cannot be read'));
}

function statOrFailure(path: string): Stats | InputRef['failure'] {
  try {
    return statSync(path);
  } catch (error) {
    return fsFailure(error);
  }
}

/** What a directory entry that is neither file, folder nor link is, for the "skipped" line. */
function specialKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const slashes = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** The shard key of a file given by name: its normalised path relative to the working directory. */
export function keyOfFile(path: string): string {
  return path === '-' ? '-' : slashes(relative(process.cwd(), resolve(path)));
}

/**
 * Every document (`.txt .md .html .htm .mht .mhtml .docx .pdf .ofd`) below `folder`, depth first,
 * names sorted; hidden entries skipped. Documents in formats that are not read (.doc, .wps, …) and
 * special files (FIFO, socket, device) with a document's name are listed with a failure, so the
 * batch reports them; other files are passed to `onSkip`.
 */
function walk(root: string, folder: string, into: InputRef[], onSkip?: SkipListener): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    into.push({ path: folder, key: keyOfFile(folder), failure: fsFailure(error) });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      walk(root, path, into, onSkip);
      continue;
    }
    const key = slashes(relative(root, path));
    const decision = folderDecision(entry.name);
    if (!decision.take && !decision.unsupported) onSkip?.(path, 'not a document format read here (.txt .md .html .htm .mht .docx .pdf .ofd)');
    // A FIFO, socket or device with a document's name: never opened (a FIFO would block the run), but said.
    else if (!entry.isFile() && !entry.isSymbolicLink()) into.push({ path, key, failure: { code: 'PDP_INPUT_NOT_FILE', message: `${specialKind(entry)}, not a regular file: skipped` } });
    else if (decision.take) into.push({ path, key });
    else into.push({ path, key, failure: { code: 'PDP_FORMAT_UNSUPPORTED', message: decision.unsupported! } });
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
      found.push({ path: '-', key: '-' });
      continue;
    }
    const stat = statOrFailure(arg);
    if (!stat || !('isDirectory' in stat)) found.push({ path: arg, key: keyOfFile(arg), failure: stat ?? undefined });
    else if (stat.isDirectory()) walk(arg, arg, found, onSkip);
    else found.push({ path: arg, key: keyOfFile(arg) });
  }
  const seen = new Set<string>();
  return found.filter((input) => {
    if (seen.has(input.path)) return false;
    seen.add(input.path);
    return true;
  });
}
