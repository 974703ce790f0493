import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PolicyParseError, describeFailure } from '../errors.js';

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

/** Extensions picked up when a folder is given. */
export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;

const hasTextExtension = (name: string) => TEXT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

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
 * Every `*.txt` / `*.md` below `folder`, depth first, names sorted; hidden entries skipped.
 * Special files with such names are listed with a failure, so the batch reports them.
 */
function walk(root: string, folder: string, into: InputRef[]): void {
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
    if (entry.isDirectory()) walk(root, path, into);
    else if (!hasTextExtension(entry.name)) continue;
    else if (entry.isFile() || entry.isSymbolicLink()) into.push({ path, key: slashes(relative(root, path)) });
    // A FIFO, socket or device named *.txt: never opened (a FIFO would block the run), but said.
    else into.push({ path, key: slashes(relative(root, path)), failure: { code: 'PDP_INPUT_NOT_FILE', message: `${specialKind(entry)}, not a regular file: skipped` } });
  }
}

/**
 * Command-line inputs → the list of documents to parse, in a stable order: arguments in the
 * order given, each folder expanded recursively. No argument means stdin. A path that cannot
 * be used stays in the list with a `failure`, so it is reported in its place. Duplicates are
 * dropped (first one wins).
 */
export function expandInputs(args: readonly string[]): InputRef[] {
  const found: InputRef[] = [];
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      found.push({ path: '-', key: '-' });
      continue;
    }
    const stat = statOrFailure(arg);
    if (!stat || !('isDirectory' in stat)) found.push({ path: arg, key: keyOfFile(arg), failure: stat ?? undefined });
    else if (stat.isDirectory()) walk(arg, arg, found);
    else found.push({ path: arg, key: keyOfFile(arg) });
  }
  const seen = new Set<string>();
  return found.filter((input) => {
    if (seen.has(input.path)) return false;
    seen.add(input.path);
    return true;
  });
}
