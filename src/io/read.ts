import { readFileSync, statSync } from 'node:fs';
import { PolicyParseError } from '../errors.js';

/** Largest input accepted: policy documents are tens of kilobytes; this only guards against mistakes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of one input file, or a PolicyParseError saying why not
 * (PDP_INPUT_MISSING, PDP_INPUT_UNREADABLE, PDP_INPUT_NOT_FILE, PDP_INPUT_EMPTY).
 */
export function readInputFile(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new PolicyParseError('PDP_INPUT_NOT_FILE', 'not a regular file');
    if (stat.size > MAX_INPUT_BYTES) {
      throw new PolicyParseError('PDP_INPUT_UNREADABLE', `file too large (${stat.size} bytes, limit ${MAX_INPUT_BYTES})`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    throw asInputError(error);
  }
  return requireContent(bytes);
}

/** Zero bytes hold no document (whitespace-only text is caught after decoding). */
export function requireContent(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new PolicyParseError('PDP_INPUT_EMPTY', 'empty file');
  return bytes;
}

/** All of standard input. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return requireContent(Buffer.concat(chunks));
}

function asInputError(error: unknown): PolicyParseError {
  if (error instanceof PolicyParseError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PolicyParseError('PDP_INPUT_MISSING', 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new PolicyParseError('PDP_INPUT_UNREADABLE', 'permission denied');
  if (code === 'EISDIR') return new PolicyParseError('PDP_INPUT_NOT_FILE', 'is a directory');
  // Words and the errno only: an fs message repeats the path (unescaped) in a line that already names it.
  return new PolicyParseError('PDP_INPUT_UNREADABLE', code ? `cannot be read (${code})` : 'cannot be read');
}
