/** Half- and full-width blanks that official texts use for indentation and padding. */
export const BLANK = /[\s\u3000\u00a0\ufeff]/;

export interface Span {
  start: number;
  end: number;
}

/** Narrow [start, end) so it neither starts nor ends with a blank; an all-blank span collapses to its start. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && BLANK.test(text[s])) s++;
  while (e > s && BLANK.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Drop every blank (stray spaces inside words and numbers are noise in this genre). */
export function squashBlanks(value: string): string {
  return value.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
}
