/**
 * Numerals as written in Chinese official text: Arabic (half- or full-width, thousands
 * separators, decimals), Chinese (一二三…十百千万亿, 两, 〇), and mixed (`1.2万`, `3.5亿`).
 * The `*_SOURCE` strings are regex fragments the target parsers compose; `parseNumeral`
 * turns a matched numeral into a JS number.
 */

/** Arabic digits, half- or full-width, with optional `,` thousands groups and a decimal part. */
export const ARABIC_SOURCE = '[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?';

/** Chinese multipliers that may follow Arabic digits (`200万`, `3.5亿`). */
export const MULTIPLIER_SOURCE = '(?:万亿|亿|万|千|百)';

/** A run of Chinese numeral characters (positional `二十`, `一万二千` or digit-wise `二〇二二`). */
export const CHINESE_SOURCE = '[零〇○一二两三四五六七八九十百千万亿]+';

/** The characters an Arabic numeral can begin with (half- and full-width digits). */
export const ARABIC_DIGIT_CHARS = '0123456789０１２３４５６７８９';

/** The characters a Chinese numeral can begin with: those of CHINESE_SOURCE. */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿';

/** The characters any numeral (NUMERAL_SOURCE) can begin with. */
export const NUMERAL_START_CHARS = ARABIC_DIGIT_CHARS + CHINESE_NUMERAL_CHARS;

/** Any numeral: Arabic with an optional multiplier, or Chinese. */
export const NUMERAL_SOURCE = `(?:${ARABIC_SOURCE}(?:${MULTIPLIER_SOURCE})?|${CHINESE_SOURCE})`;

/** Words that join the two ends of a range: any dash, tilde, 至, 到. */
export const RANGE_SEPARATOR_SOURCE = '\\s*(?:[-—–－~～〜]{1,2}|至|到)\\s*';

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits ０-９ to ASCII, nothing else. */
export function fullWidthDigitsToAscii(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Full-width digits and point to ASCII; thousands separators removed. */
export function toAsciiDigits(text: string): string {
  return fullWidthDigitsToAscii(text)
    .replace(/．/g, '.')
    .replace(/,(?=\d{3})/g, '');
}

/** `二十` → 20, `一万二千` → 12000, `二〇二二` → 2022, `十` → 10; null if not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || !/^[零〇○一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  // Digit-wise form, as in years: 二〇二二.
  if (!/[十百千万亿]/.test(text)) {
    let value = 0;
    for (const c of text) value = value * 10 + CHINESE_DIGITS[c]!;
    return value;
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // current group below 万
  let digit: number | null = null;
  for (const c of text) {
    if (c in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else {
      const unit = LARGE_UNITS[c]!;
      const group = (section + (digit ?? 0)) || 1;
      // 万亿: the 亿 multiplies what came before, 万 included.
      total = unit > 1e4 && total > 0 ? (total + group) * unit : total + group * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** `1.2万` → 12000, `３０` → 30, `1,000` → 1000, `二十` → 20; null if `text` is not one numeral. */
export function parseNumeral(text: string): number | null {
  const ascii = toAsciiDigits(text.trim());
  const mixed = /^(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?$/.exec(ascii);
  if (mixed) {
    const base = Number(mixed[1]);
    const multiplier = mixed[2] ? multiplierValue(mixed[2]) : 1;
    return roundFloat(base * multiplier);
  }
  return parseChineseNumeral(ascii);
}

function multiplierValue(word: string): number {
  return word === '万亿' ? 1e12 : word === '亿' ? 1e8 : word === '万' ? 1e4 : word === '千' ? 1e3 : 100;
}

/** Remove binary noise from decimal × multiplier (1.2 × 10000 = 12000, not 11999.999…). */
export function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/** True when the numeral is written with Chinese characters only (`两`, `二十`), not digits. */
export function isChineseNumeral(text: string): boolean {
  return /^[零〇○一二两三四五六七八九十百千万亿]+$/.test(text);
}
