/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: in a file name
 * they could end an error line early and forge the next one, or move the terminal's cursor.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * A path as shown in a one-line message: as is when it holds nothing unsafe, else as a JSON
 * string (quoted, `\n`, `\u001b`, …), so every error is exactly one line and names the file
 * unambiguously.
 */
export function displayPath(path: string): string {
  return UNSAFE.test(path) ? jsonString(path) : path;
}

/** Any free text for a one-line message: unsafe characters escaped JSON-style, nothing else changed. */
export function oneLineText(text: string): string {
  return UNSAFE.test(text) ? jsonString(text).slice(1, -1) : text;
}

/** JSON.stringify, and `\uXXXX` for DEL, C1 and U+2028/2029 too (JSON.stringify leaves them raw). */
function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The line for a failed input or output: `path: reason [CODE]`. */
export function failureLine(path: string, failure: { code: string; message: string }): string {
  return `${displayPath(path)}: ${oneLineText(failure.message)} [${failure.code}]\n`;
}
