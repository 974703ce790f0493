// Numerals as they appear in markers and dates. The values come from the numeral parser in
// parse/numbers; these only narrow what each place accepts.
import { fullWidthDigitsToAscii, parseChineseNumeral } from './index.js';

/** 一 … 九十九, 一百 …: the values section markers take. Null when not a counted numeral. */
export function chineseInteger(text: string): number | null {
  return /^[零〇○一二两三四五六七八九十百]+$/.test(text) ? parseChineseNumeral(text) : null;
}

/** Digits written one by one, as years are: 二〇二二 → 2022 (a full-width Ｏ is read as 〇). */
export function chineseDigits(text: string): number | null {
  return /^[零〇○Ｏ一二三四五六七八九]+$/.test(text) ? parseChineseNumeral(text.replace(/Ｏ/g, '〇')) : null;
}

/** ０-９ → 0-9. */
export const asciiDigits = fullWidthDigitsToAscii;

/** ① … ⑳ → 1 … 20. */
export function circledInteger(ch: string): number | null {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x245f : null;
}

/** Arabic (half or full width), Chinese counted (十一) or Chinese digit-by-digit numerals. */
export function anyInteger(text: string): number | null {
  const ascii = asciiDigits(text.replace(/\s+/g, ''));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseInteger(ascii) ?? chineseDigits(ascii);
}
