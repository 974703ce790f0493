/**
 * Fast scanning of a pattern over a whole document. V8 tries a leading character class such as
 * `[零〇一二…]` slowly at every position of CJK text, and a leading lookbehind costs a full
 * backward match at every position. When every match is known to begin with one of a few
 * characters, the pattern is tried (sticky) only at those positions: the same matches, in the
 * same order, as `text.matchAll(pattern)`.
 */

/** Every character `\s` matches, for start sets of patterns that may begin with a space. */
export const WHITESPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const TABLES = new Map<string, Uint8Array>();
const STICKY = new WeakMap<RegExp, RegExp>();

/** A lookup by UTF-16 code unit: 1 where the character may begin a match. */
export function startTable(chars: string): Uint8Array {
  let table = TABLES.get(chars);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
    TABLES.set(chars, table);
  }
  return table;
}

/** Offsets in `text` whose character is in `table`, ascending. */
export function positionsIn(text: string, table: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

function stickyOf(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    STICKY.set(pattern, sticky);
  }
  return sticky;
}

/**
 * The matches of global `pattern` in `text`, as `matchAll` gives them, trying the pattern only
 * at `candidates` (ascending offsets): these must include every offset where a match can begin,
 * and be code-point boundaries. Without candidates, plain `matchAll`.
 */
export function matchesOf(pattern: RegExp, text: string, candidates?: readonly number[]): RegExpExecArray[] {
  if (candidates === undefined) {
    pattern.lastIndex = 0;
    return [...text.matchAll(pattern)];
  }
  const sticky = stickyOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < candidates.length; k++) {
    const at = candidates[k]!;
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    // An empty match moves on by one position, as matchAll does.
    from = m[0].length === 0 ? at + 1 : at + m[0].length;
  }
  return out;
}
