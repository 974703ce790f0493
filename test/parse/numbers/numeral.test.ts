import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumeral, parseNumeral, parseQuantity, toAsciiDigits } from '../../../src/parse/numbers/index.js';

describe('parseNumeral', () => {
  it.each([
    ['3000', 3000], ['３０', 30], ['1,000', 1000], ['3.5', 3.5], ['１．５', 1.5],
    ['1万', 10000], ['1.2万', 12000], ['200万', 2000000], ['3.5亿', 350000000], ['144.45万', 1444500], ['2万亿', 2e12],
    ['两', 2], ['二十', 20], ['十', 10], ['十五', 15], ['一百二十', 120], ['两千', 2000], ['千', 1000],
    ['一万二千', 12000], ['三万五千', 35000], ['二〇二二', 2022], ['一亿五千万', 150000000],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it('rejects what is not one numeral', () => {
    expect(parseNumeral('')).toBeNull();
    expect(parseNumeral('1+X')).toBeNull();
    expect(parseNumeral('五育')).toBeNull();
  });

  it('reads every integer written in Arabic digits, half- or full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const full = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseNumeral(String(n))).toBe(n);
        expect(parseNumeral(full)).toBe(n);
        expect(toAsciiDigits(full)).toBe(String(n));
      }),
    );
  });

  it('reads positional Chinese numerals below 10000', () => {
    const digits = '零一二三四五六七八九';
    const write = (n: number): string => {
      if (n === 0) return '零';
      const parts: string[] = [];
      const units = ['千', '百', '十', ''];
      const ds = String(n).padStart(4, '0').split('').map(Number);
      let zero = false;
      ds.forEach((d, i) => {
        if (d === 0) { zero = parts.length > 0; return; }
        if (zero) parts.push('零');
        zero = false;
        parts.push(digits[d]! + units[i]!);
      });
      return parts.join('');
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumeral(write(n)) === n));
    expect(write(2022)).toBe("二千零二十二");
  });
});

describe('parseQuantity', () => {
  it('gives min and max for a range joined by any dash, 至 or 到', () => {
    for (const text of ['2-5', '2—5', '2–5', '2～5', '2~5', '2至5', '2到5', '2 — 5']) {
      expect(parseQuantity(text)).toEqual({ value: null, min: 2, max: 5 });
    }
  });
  it('strips a unit repeated on the first end and spreads a trailing multiplier', () => {
    expect(parseQuantity('15%-30', /[%％]$/)).toEqual({ value: null, min: 15, max: 30 });
    expect(parseQuantity('1.2-1.5万')).toEqual({ value: null, min: 12000, max: 15000 });
    expect(parseQuantity('2万-3万')).toEqual({ value: null, min: 20000, max: 30000 });
  });
});
