/** Full-width and ASCII round brackets: official text mixes them, sometimes within one pair. */
export const OPEN_BRACKETS = '（(';
export const CLOSE_BRACKETS = '）)';

// Compared as characters, not searched in a string: these run over every character of a list.
export const isOpenBracket = (ch: string | undefined): boolean => ch === '（' || ch === '(';
export const isCloseBracket = (ch: string | undefined): boolean => ch === '）' || ch === ')';

/** A balanced bracket pair: `start` is the opening bracket, `end` is one past the closing one. */
export interface BracketGroup {
  start: number;
  end: number;
}

/**
 * Every balanced `（…）` / `(…)` pair of `text`, nested ones included, ordered by start.
 * Pairs longer than `maxLength` are dropped: a stray bracket must not swallow a page.
 */
export function findBracketGroups(text: string, maxLength = 600): BracketGroup[] {
  const groups: BracketGroup[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // Char codes, not one-character strings: this runs over every character of the document.
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) open.push(i); // （ (
    else if ((code === 0xff09 || code === 0x29) && open.length > 0) { // ） )
      const start = open.pop()!;
      if (i + 1 - start <= maxLength) groups.push({ start, end: i + 1 });
    }
  }
  return groups.sort((a, b) => a.start - b.start);
}

/** Brackets that may sit inside a unit name (`各乡镇人民政府〈街道办事处〉`, `各县〔市、区〕`): never split inside. */
const NAME_OPEN = '（(〈〔［【';
const NAME_CLOSE = '）)〉〕］】';

/**
 * Split `text` at separator characters that stand outside any bracket, so that
 * `各县（市、区）人民政府` stays whole. Returns the pieces with their offsets into `text`.
 */
export function splitOutsideBrackets(text: string, isSeparator: (ch: string) => boolean): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (NAME_OPEN.includes(ch)) depth++;
    else if (NAME_CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(ch)) {
      pieces.push({ text: text.slice(from, i), start: from });
      from = i + 1;
    }
  }
  pieces.push({ text: text.slice(from), start: from });
  return pieces;
}
