import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PolicyParseError } from '../errors.js';

/**
 * A file or folder of the output could not be written. `target` is the file or folder the user
 * asked for (never a temp file); `message` says why in words, without paths or errno text.
 * `folderWide` when nothing more can be written into that folder (read-only, no permission, no
 * such folder), so a batch stops instead of failing every remaining input the same way.
 */
export type OutputErrorCode = 'PDP_OUTPUT_UNWRITABLE' | 'PDP_OUTPUT_NO_SPACE' | 'PDP_OUTPUT_FAILED';

export class OutputError extends PolicyParseError {
  constructor(
    code: OutputErrorCode,
    message: string,
    readonly target: string,
    readonly folderWide: boolean,
  ) {
    super(code, message);
    this.name = 'OutputError';
  }
}

/** Errno → (code, words, folder-wide). Words only: an fs message would name the temp file. */
const BY_ERRNO: Record<string, [OutputErrorCode, string, boolean]> = {
  EROFS: ['PDP_OUTPUT_UNWRITABLE', 'read-only file system', true],
  EACCES: ['PDP_OUTPUT_UNWRITABLE', 'permission denied', true],
  EPERM: ['PDP_OUTPUT_UNWRITABLE', 'operation not permitted', true],
  ENOENT: ['PDP_OUTPUT_UNWRITABLE', 'folder cannot be created', true],
  ENOTDIR: ['PDP_OUTPUT_UNWRITABLE', 'a file is in the way of the folder', true],
  EEXIST: ['PDP_OUTPUT_UNWRITABLE', 'a file is in the way of the folder', true],
  EISDIR: ['PDP_OUTPUT_UNWRITABLE', 'is a folder', false],
  ENAMETOOLONG: ['PDP_OUTPUT_UNWRITABLE', 'name too long', false],
  ENOSPC: ['PDP_OUTPUT_NO_SPACE', 'no space left on device', false],
  EDQUOT: ['PDP_OUTPUT_NO_SPACE', 'disk quota exceeded', false],
  EFBIG: ['PDP_OUTPUT_NO_SPACE', 'file too large for the file system', false],
};

/** Any error from writing `target` as an OutputError (already one: unchanged). */
export function asOutputError(error: unknown, target: string): OutputError {
  if (error instanceof OutputError) return error;
  const errno = (error as NodeJS.ErrnoException)?.code;
  const known = errno ? BY_ERRNO[errno] : undefined;
  if (known) return new OutputError(known[0], known[1], target, known[2]);
  return new OutputError('PDP_OUTPUT_FAILED', errno ? `write failed (${errno})` : 'write failed', target, false);
}

/**
 * Create `folder` and its missing parents, one level at a time. Node 20's recursive mkdirSync
 * loops forever where a parent exists but refuses children with ENOENT (`/proc/x`); here every
 * level is tried once, so that case fails at once. Throws OutputError naming `folder`.
 */
export function makeFolder(folder: string): void {
  try {
    makeLevel(folder);
  } catch (error) {
    throw asOutputError(error, folder);
  }
}

function makeLevel(folder: string): void {
  try {
    mkdirSync(folder);
    return;
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'EEXIST') {
      if (statSync(folder).isDirectory()) return;
      throw error;
    }
    const parent = dirname(folder);
    if (errno !== 'ENOENT' || parent === folder) throw error;
    makeLevel(parent);
  }
  mkdirSync(folder); // once more, now that the parent exists; ENOENT again is final
}
