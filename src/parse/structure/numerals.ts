// Numerals as they appear in markers and dates. Kept local so the outline does not depend on the
// quantity parser: markers only ever need small integers.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 … 九十九, 一百 …: the values section markers take. Null when not a numeral. */
export function chineseInteger(text: string): number | null {
  if (!/^[零〇○一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGIT[ch];
    }
  }
  return total + current;
}

/** Digits written one by one, as years are: 二〇二二 → 2022. */
export function chineseDigits(text: string): number | null {
  if (!/^[零〇○Ｏ一二三四五六七八九]+$/.test(text)) return null;
  return Number([...text].map((ch) => DIGIT[ch]).join(''));
}

/** ０-９ → 0-9. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

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
