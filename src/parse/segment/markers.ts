// The marker lexer: recognises the GB/T 9704 numbering tokens (一、 （一） 1. （1） ①) at a position.
import { asciiDigits, chineseInteger, circledInteger } from '../numbers/integers.js';

/** The numbering families of official writing, each one a possible outline level. */
export type MarkerKind =
  | 'chapter' // 第一章 第一部分 第一篇 (规划-style parts above 一、)
  | 'chapter-section' // 第一节 (规划-style sections under a 章)
  | 'article' // 第一条 (办法/细则-style articles)
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） (一)
  | 'ar-dot' // 1. 1． 1、
  | 'ar-paren' // （1） (1)
  | 'ar-half' // 1） 1)
  | 'circled'; // ①

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The token as written (stray blanks inside it included, markdown emphasis inside it left out). */
  text: string;
  start: number;
  end: number;
  /** Blanks inside the token (`（ 一 ）`, `1 .`). */
  spaced: boolean;
  /** Uses half-width brackets or dot where full-width is the norm, or the reverse. */
  width: 'full' | 'half' | 'none';
  /**
   * A digit follows `1.`: could be a decimal (`1.5倍`, `2.0`). Only taken as a marker where the
   * running sequence expects exactly this number (a note `10.15-30%的…` after `9.`).
   */
  ambiguous: boolean;
  /** Markdown emphasis or heading wrapper before the token (`**一、`, `## 一、`). */
  wrapper: string | null;
}

const GAP = '[ \\t\\u3000]*';
/** Markdown emphasis a crawler left inside a marker (`四 **、** …`, `1**.**`). */
const EM = '(?:\\*\\*|__)?';
/** The numerals of a token, and how many it holds at most: no token starts deeper in a longer run. */
export const CHINESE_NUMERALS = '一二三四五六七八九十百零〇';
export const ARABIC_NUMERALS = '0123456789０１２３４５６７８９';
export const MAX_CHINESE_NUMERALS = 4;
export const MAX_ARABIC_NUMERALS = 3;
const CN = `[${CHINESE_NUMERALS}]{1,${MAX_CHINESE_NUMERALS}}`;
const AR = `[${ARABIC_NUMERALS}]{1,${MAX_ARABIC_NUMERALS}}`;

interface Rule {
  kind: MarkerKind;
  pattern: RegExp;
  value: (m: RegExpExecArray) => number | null;
  width: (m: RegExpExecArray) => 'full' | 'half' | 'none';
}

const bracketWidth = (m: RegExpExecArray): 'full' | 'half' => (m[1] === '(' || m[3] === ')' ? 'half' : 'full');

const RULES: Rule[] = [
  {
    kind: 'chapter',
    pattern: new RegExp(`()第${GAP}(${CN})${GAP}(章|部分|篇)(?![，。、的])`, 'y'),
    value: (m) => chineseInteger(m[2]),
    width: () => 'none',
  },
  {
    kind: 'chapter-section',
    pattern: new RegExp(`()第${GAP}(${CN})${GAP}(节)(?![，。、的])`, 'y'),
    value: (m) => chineseInteger(m[2]),
    width: () => 'none',
  },
  {
    kind: 'article',
    pattern: new RegExp(`()第${GAP}(${CN})${GAP}(条)(?![，。、的])`, 'y'),
    value: (m) => chineseInteger(m[2]),
    width: () => 'none',
  },
  {
    kind: 'cn-paren',
    pattern: new RegExp(`([（(])${GAP}(${CN})${GAP}([）)])`, 'y'),
    value: (m) => chineseInteger(m[2]),
    width: bracketWidth,
  },
  {
    kind: 'ar-paren',
    pattern: new RegExp(`([（(])${GAP}(${AR})${GAP}([）)])`, 'y'),
    value: (m) => Number(asciiDigits(m[2])),
    width: bracketWidth,
  },
  {
    kind: 'cn-dun',
    // `一.` / `一．` are sloppy but seen; the full stop never follows a Chinese numeral otherwise.
    pattern: new RegExp(`()(${CN})${GAP}${EM}${GAP}([、.．])${EM}`, 'y'),
    value: (m) => chineseInteger(m[2]),
    width: () => 'none',
  },
  {
    kind: 'ar-dot',
    pattern: new RegExp(`()(${AR})${GAP}${EM}${GAP}([.．、])${EM}`, 'y'),
    value: (m) => Number(asciiDigits(m[2])),
    width: (m) => (m[3] === '.' ? 'half' : m[3] === '．' ? 'full' : 'none'),
  },
  {
    kind: 'ar-half',
    pattern: new RegExp(`()(${AR})([）)])`, 'y'),
    value: (m) => Number(asciiDigits(m[2])),
    width: (m) => (m[3] === ')' ? 'half' : 'full'),
  },
  {
    kind: 'circled',
    pattern: /()([\u2460-\u2473])()/y,
    value: (m) => circledInteger(m[2]),
    width: () => 'none',
  },
];

/** The characters a token of each kind begins with. */
const FIRST: Record<MarkerKind, string> = {
  chapter: '第',
  'chapter-section': '第',
  article: '第',
  'cn-paren': '（(',
  'ar-paren': '（(',
  'cn-dun': CHINESE_NUMERALS,
  'ar-dot': ARABIC_NUMERALS,
  'ar-half': ARABIC_NUMERALS,
  circled: String.fromCharCode(...Array.from({ length: 20 }, (_, k) => 0x2460 + k)),
};

/** The rules that can match at a character (by its UTF-16 code), in rule order: no other is tried there. */
const RULES_AT = new Map<number, Rule[]>();
for (const rule of RULES) {
  for (const c of FIRST[rule.kind]) RULES_AT.set(c.charCodeAt(0), [...(RULES_AT.get(c.charCodeAt(0)) ?? []), rule]);
}

const WRAPPER = /(#{1,6}[ \t]*|(?:\*\*|__)[ \t\u3000]*)/y;
/** `#`, `*`, `_`: what a wrapper begins with. */
const WRAPPER_FIRST = new Set([0x23, 0x2a, 0x5f]);

/**
 * The marker that starts at `pos` (after an optional markdown wrapper), or null. `limit` bounds
 * the look-ahead (the end of the paragraph).
 */
export function lexMarker(text: string, pos: number, limit = text.length): Marker | null {
  let at = pos;
  let wrapper: string | null = null;
  WRAPPER.lastIndex = at;
  const w = WRAPPER_FIRST.has(text.charCodeAt(at)) ? WRAPPER.exec(text) : null;
  if (w) {
    wrapper = w[1].trim();
    at += w[0].length;
    // `## **一、…**`
    WRAPPER.lastIndex = at;
    const again = WRAPPER.exec(text);
    if (again) {
      wrapper += again[1].trim();
      at += again[0].length;
    }
  }
  for (const rule of RULES_AT.get(text.charCodeAt(at)) ?? []) {
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (!m || at + m[0].length > limit) continue;
    const number = rule.value(m);
    if (number === null || number === 0) continue;
    const end = at + m[0].length;
    const next = text[end] ?? '';
    if (rule.kind === 'ar-dot' && m[3] === '、' && /[0-9０-９]/.test(next)) continue;
    // `1.` immediately followed by `%` or a unit-like dot sequence is a number, not a marker.
    if ((rule.kind === 'ar-dot' || rule.kind === 'ar-half') && /[%％‰]/.test(next)) continue;
    const ambiguous = rule.kind === 'ar-dot' && /[0-9０-９]/.test(next);
    const emphasised = /\*\*|__/.test(m[0]);
    return {
      kind: rule.kind,
      number,
      text: emphasised ? m[0].replace(/\*\*|__/g, '').replace(/[ \t\u3000]+(?=[、.．])/, '') : m[0],
      start: at,
      end,
      spaced: /[ \t\u3000]/.test(m[0].replace(/[ \t\u3000]*(?:\*\*|__)[ \t\u3000]*/g, '')),
      wrapper: wrapper ?? (emphasised ? '**' : null),
      width: rule.width(m),
      ambiguous,
    };
  }
  return null;
}

const OUTLINE_KINDS: ReadonlySet<MarkerKind> = new Set(['ar-dot', 'ar-paren', 'cn-dun', 'cn-paren', 'circled']);

/**
 * A plain outline token as it opens a clause in running text (`三、` `（一）` `1.` `（1）` `①`):
 * no markdown wrapper, no blanks inside, not decimal-looking, numbered under 100.
 */
export function isPlainOutlineMarker(marker: Marker): boolean {
  return OUTLINE_KINDS.has(marker.kind) && !marker.spaced && !marker.ambiguous && marker.wrapper === null && marker.number < 100;
}

/**
 * The token is read from inside a longer number or an ordinal, so it is no marker there: `2.` of
 * `12.` or `1.2.`, `一、` of `十一、`, anything after `第` (`第一、`). Bracketed and circled tokens
 * stand apart by their first character.
 */
export function continuesNumber(text: string, marker: Marker): boolean {
  const before = text[marker.start - 1] ?? '';
  if (before === '第') return true;
  if (marker.kind === 'cn-dun') return /[一二三四五六七八九十百零〇]/.test(before);
  if (marker.kind === 'ar-dot' || marker.kind === 'ar-half') return /[0-9０-９.．]/.test(before);
  return false;
}

/** Bracketed kinds may stand in for each other in a typo (`（3）` among `（二）（四）`). */
export function sameShape(a: MarkerKind, b: MarkerKind): boolean {
  const shape = (k: MarkerKind) =>
    k === 'cn-paren' || k === 'ar-paren' ? 'paren' : k === 'chapter' || k === 'chapter-section' || k === 'article' ? k : k === 'circled' ? 'circled' : 'plain';
  return shape(a) === shape(b);
}
