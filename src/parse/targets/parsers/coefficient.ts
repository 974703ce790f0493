import { ARABIC_DIGIT_CHARS, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

/** `灌溉水有效利用系数达到0.55以上`: a coefficient is a ratio with a value only. */
export const coefficientParser: TargetParser = {
  name: 'coefficient',
  startChars: ARABIC_DIGIT_CHARS,
  pattern: /(?<=(?:系数|指数)[^，。；,;、\d\n]{0,10})(?<q>[0-9０-９]+[.．][0-9０-９]+)(?![0-9０-９%％])/gu,
  extract(match, scan) {
    const next = scan.masked.charAt(match.index + match[0].length);
    // A unit after it makes it a count or money, found by other parsers.
    if (/[个万亿元倍年人所家项]/.test(next)) return null;
    return candidate({
      kind: 'ratio', start: match.index, end: match.index + match[0].length, parser: this.name,
      value: Number(toAsciiDigits(match.groups!.q!)),
    });
  },
};
