import { ARABIC_DIGIT_CHARS, CHINESE_NUMERAL_CHARS, NUMERAL_SOURCE, NUMERAL_START_CHARS, RANGE_SEPARATOR_SOURCE, isChineseNumeral, parseQuantity, type Quantity } from '../../numbers/index.js';
import type { ScanText } from '../candidate.js';
import { endsSpan } from '../../segment/textIndex.js';

/** A numeral or a range of two (`2`, `2—3`, `1.2万`, `两`). Named group `q`. */
export const QUANTITY_SOURCE = `(?<q>${NUMERAL_SOURCE}(?:${RANGE_SEPARATOR_SOURCE}${NUMERAL_SOURCE})?)`;

/** The characters QUANTITY_SOURCE can begin with. */
export const QUANTITY_START_CHARS = NUMERAL_START_CHARS;

/**
 * Run classes of QUANTITY_SOURCE and NUMERAL_SOURCE (see `matchesOf`): a numeral begins with a
 * run of Arabic digits or one of Chinese numeral characters.
 */
export const QUANTITY_RUN_CLASSES: readonly string[] = [ARABIC_DIGIT_CHARS, CHINESE_NUMERAL_CHARS];

/** `余` / `多` between a number and its unit (`1万余人次`, `200多所`): more than. */
export const MORE_SOURCE = '(?<more>余|多)?';

/** A multiplier written after `余` (`200余万元`). Named group `mult`. */
export const TRAILING_MULTIPLIER_SOURCE = '(?<mult>万亿|亿|万|千)?';

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

/** Characters that, right before a Chinese numeral, make it part of a word (同一, 统一, 之一, 高三). */
const WORD_BEFORE_CHINESE_NUMERAL = /[同统唯单专划逐之初高周第每万]$/;

/**
 * True when the numeral at `start` really starts a number: not the tail of a longer
 * number, code or word (`A1`, `5G`, `统一`, `之一`), and not inside a blanked region.
 */
export function startsCleanly(scan: ScanText, start: number, numeral: string): boolean {
  const before = scan.masked.slice(Math.max(0, start - 1), start);
  if (/[0-9０-９.．A-Za-z\u0000]/.test(before)) return false;
  if (isChineseNumeral(numeral.charAt(0)) && WORD_BEFORE_CHINESE_NUMERAL.test(before)) return false;
  return true;
}

/** Parse group `q` (and `mult`) of a quantity match; applies a trailing multiplier. */
export function quantityOf(groups: Record<string, string | undefined>): Quantity | null {
  const q = parseQuantity(groups.q ?? '');
  if (!q) return null;
  const factor = groups.mult ? MULTIPLIERS[groups.mult]! : 1;
  if (factor === 1) return q;
  const scale = (n: number | null) => (n === null ? null : Number((n * factor).toPrecision(12)));
  return { value: scale(q.value), min: scale(q.min), max: scale(q.max) };
}

/** The first end of a range or the single numeral, as written. */
export function firstNumeral(q: string): string {
  return q.split(new RegExp(RANGE_SEPARATOR_SOURCE))[0]!;
}

/** A Chinese numeral made only of a multiplier character (`千`, `百`, `万`). */
export function isBareMultiplier(numeral: string): boolean {
  return /^[百千万亿]$/.test(numeral);
}

/**
 * True when the phrase at `start` opens a clause: at the text start, after the break of an
 * element (segment/textIndex.ts: clause or sentence break, colon, tab, line break), or after a
 * blanked section marker (`（一）`, `1.`), spaces skipped, looked for up to 12 back.
 */
export function opensClause(scan: ScanText, start: number): boolean {
  const floor = Math.max(0, start - 12);
  let i = start - 1;
  while (i >= floor && /[ \u3000\u0000]/u.test(scan.masked[i]!)) i--;
  if (i >= floor && endsSpan(scan.masked.charCodeAt(i), 'element')) return true;
  return /^[\s\u3000\u0000]*$/.test(scan.masked.slice(0, start));
}

/**
 * `2025年，…` opening a sentence: only blanks, and a pledge word (`力争`, `确保`, `预计`), stand
 * between `start` and the text start or a break that ends a clause (segment/textIndex.ts) or a tab.
 */
export function opensSentence(scan: ScanText, start: number): boolean {
  const lead = /(?:力争|确保|预计)?[ \u3000]*$/u.exec(scan.text.slice(Math.max(0, start - 6), start))!;
  let i = start - lead[0].length - 1;
  while (i >= 0 && /[ \u3000]/u.test(scan.text[i]!)) i--;
  return i < 0 || scan.text[i] === '\t' || endsSpan(scan.text.charCodeAt(i), 'clause');
}

