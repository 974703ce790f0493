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
const RUN_TABLES = new Map<string, Uint8Array>();
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

/**
 * Offsets in `text` whose character is in `table`, ascending. A typed array counted first: four
 * bytes an offset, at most twice the text's own size however many characters qualify.
 */
export function positionsIn(text: string, table: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) out[k++] = i;
  return out;
}

/**
 * A lookup by UTF-16 code unit: the 1-based index of the run class holding the character, 0 for
 * none. `classes` are the character sets of a pattern's leading `[…]+` runs.
 */
export function runTable(classes: readonly string[]): Uint8Array {
  const key = classes.join('\u0000');
  let table = RUN_TABLES.get(key);
  if (!table) {
    table = new Uint8Array(0x10000);
    classes.forEach((chars, k) => {
      for (let i = 0; i < chars.length; i++) table![chars.charCodeAt(i)] = k + 1;
    });
    RUN_TABLES.set(key, table);
  }
  return table;
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
 *
 * `runs` (from `runTable`) names the classes of a pattern whose every alternative that can begin
 * with a character of a class begins with a greedy run of that class (`[0-9]+…`), with no
 * lookbehind. Then a match at `i` would also be one at `i − 1` when both characters are of one
 * class, so after a failed try at `i − 1` the try at `i` is skipped: a run of n digits costs one
 * O(n) try, not n of them (O(n²)). Every class character must be in the candidates.
 *
 * `inner` (a `runTable`) names classes inside whose runs no match can begin at all (a lookbehind
 * `(?<![0-9])` before a digit): those offsets are not tried.
 *
 * `own` (a `startTable`), when given, keeps only the candidates whose character is in it: one
 * list of offsets found for all rules serves each rule without a filtered copy.
 */
export function matchesOf(
  pattern: RegExp,
  text: string,
  candidates?: ArrayLike<number>,
  runs?: Uint8Array,
  own?: Uint8Array,
  inner?: Uint8Array,
): RegExpExecArray[] {
  if (candidates === undefined) {
    pattern.lastIndex = 0;
    return [...text.matchAll(pattern)];
  }
  const sticky = stickyOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  let failed = -2; // the last offset known to begin no match
  for (let k = 0; k < candidates.length; k++) {
    const at = candidates[k]!;
    if (at < from) continue;
    if (own !== undefined && own[text.charCodeAt(at)] !== 1) continue;
    if (inner !== undefined && at > 0) {
      const run = inner[text.charCodeAt(at)]!;
      if (run !== 0 && run === inner[text.charCodeAt(at - 1)]) continue;
    }
    if (runs !== undefined && at === failed + 1) {
      const run = runs[text.charCodeAt(at)]!;
      if (run !== 0 && run === runs[text.charCodeAt(at - 1)]) {
        failed = at;
        continue;
      }
    }
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) {
      failed = at;
      continue;
    }
    out.push(m);
    // An empty match moves on by one position, as matchAll does.
    from = m[0].length === 0 ? at + 1 : at + m[0].length;
  }
  return out;
}
