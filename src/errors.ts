/**
 * Stable machine codes for problems a user can fix. Scripts match on these; the wording of
 * messages may change.
 */
export const ERROR_CODES = {
  PDP_INPUT_MISSING: 'no such file or directory',
  PDP_INPUT_UNREADABLE: 'cannot be read (permissions or I/O error)',
  PDP_INPUT_EMPTY: 'empty input',
  PDP_INPUT_BINARY: 'binary data, not text',
  PDP_INPUT_NOT_FILE: 'not a regular file',
  PDP_ENCODING_UNKNOWN: 'unknown --encoding label',
  PDP_ENCODING_UNDECODABLE: 'bytes not valid in any supported charset',
  PDP_SCHEMA_INVALID: 'extraction produced output off the contract (a bug)',
  PDP_INTERNAL: 'unexpected failure while parsing (a bug)',
  PDP_OUTPUT_FAILED: 'the output could not be written',
  PDP_USAGE: 'invalid command line',
  PDP_OUTPUT_UNWRITABLE: 'the output folder or file cannot be written (read-only, permissions, cannot be created)',
  PDP_OUTPUT_NO_SPACE: 'no space left for the output (disk full, quota)',
  PDP_RECORD_INVALID: 'a --records input line is not a usable record',
  PDP_FORMAT_UNSUPPORTED: 'a document format that is not read (.doc, .wps, …): convert it first',
  PDP_DOCX_INVALID: 'a .docx that is not a readable Word package',
  PDP_HTML_NO_TEXT: 'a web page with no document text in it',
  PDP_PDF_INVALID: 'a PDF that cannot be opened (damaged or encrypted)',
  PDP_PDF_NO_TEXT: 'a PDF without a text layer (scanned pages): run OCR first',
  PDP_PDF_NO_UNICODE: 'a PDF whose fonts map to no Unicode text: the text layer is unusable',
  PDP_OFD_INVALID: 'an .ofd that is not a readable OFD package',
  PDP_OFD_NO_TEXT: 'an OFD without text (scanned pages): export to PDF and run OCR',
  PDP_OFD_NO_UNICODE: 'an OFD whose text comes out as replacement characters',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * An input or option problem a user can fix. `code` is stable for scripts; `message` is one line
 * without the file name (the CLI prefixes `path: `).
 */
export class PolicyParseError extends Error {
  readonly code: ErrorCode | string;
  constructor(code: ErrorCode | string, message: string) {
    super(message);
    this.name = 'PolicyParseError';
    this.code = code;
  }
}

/** A bad flag or flag combination: the CLI exits 2. */
export class UsageError extends PolicyParseError {
  constructor(message: string) {
    super('PDP_USAGE', message);
    this.name = 'UsageError';
  }
}

/** Any thrown value as a code + one-line message, for `path: reason` lines and manifests. */
export function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof PolicyParseError) return { code: error.code, message: oneLine(error.message) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'PDP_INTERNAL', message: oneLine(message) };
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
