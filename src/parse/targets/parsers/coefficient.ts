import { ARABIC_DIGIT_CHARS, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

/**
 * `灌溉水有效利用系数达到0.55以上`, `万车死亡率控制在1.5以内`: a coefficient, index or rate
 * stated as a bare number is a ratio with a value only. A whole number counts only with a
 * bound after it (`…率控制在2以内`), where it cannot be a section number or a stray figure.
 */
export const coefficientParser: TargetParser = {
  name: 'coefficient',
  startChars: ARABIC_DIGIT_CHARS,
  // The lookbehind's gap excludes \d: never right after an ASCII digit.
  innerClasses: ['0123456789'],
  pattern: /(?<=(?<word>系数|指数|率)[^，。；,;、\d\n]{0,10})(?<q>[0-9０-９]+(?:[.．][0-9０-９]+)?)(?![0-9０-９%％.．])/gu,
  extract(match, scan) {
    const end = match.index + match[0].length;
    const next = scan.masked.charAt(end);
    // A unit after it makes it a count or money, found by other parsers.
    if (/[个万亿元倍年人所家项:：∶]/.test(next)) return null;
    const q = match.groups!.q!;
    if (!/[.．]/.test(q) && !/^(?:以内|以下|以上|之内|左右)/.test(scan.masked.slice(end, end + 2))) return null;
    // 率先 (first to do) is not a rate.
    if (match.groups!.word === '率' && /率先[^率]*$/.test(scan.masked.slice(Math.max(0, match.index - 12), match.index))) return null;
    return candidate({ kind: 'ratio', start: match.index, end, parser: this.name, value: Number(toAsciiDigits(q)) });
  },
};
