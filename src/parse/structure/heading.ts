// The run-in heading of a numbered paragraph.
import { trimSpan } from './spans.js';

const TRAILING = /[。；;：:，,、\s\u3000]+$/u;
const EMPHASIS = /(\*\*|__)/g;

/**
 * The heading of a numbered paragraph whose marker ends at `from` and whose paragraph ends at
 * `to`: up to the first 。 when the paragraph has one, else the whole paragraph; without markdown
 * emphasis and without trailing 。；：.
 */
export function headingOf(text: string, from: number, to: number): string {
  const span = trimSpan(text, from, to);
  const body = text.slice(span.start, span.end);
  const stop = body.indexOf('。');
  const head = stop >= 0 ? body.slice(0, stop) : body;
  return head.replace(EMPHASIS, '').replace(TRAILING, '').trim();
}
