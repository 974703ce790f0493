import { ARABIC_DIGIT_CHARS, RANGE_SEPARATOR_SOURCE, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';
import { opensClause } from './shared.js';

const YEAR = '(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}';

/**
 * `2021-2025年`, `2021年至2025年`: a span of years, `min`/`max` set, no single year. A period
 * opening a clause (`2023—2025年，全市…`, `，2023—2025年完成…`) says by when the clause is
 * done: `due`, with its last year; one in brackets (a title's `（2023—2025年）`) is not.
 */
export const dateRangeParser: TargetParser = {
  name: 'dateRange',
  startChars: ARABIC_DIGIT_CHARS,
  pattern: new RegExp(`(?<a>${YEAR})\\s*年?${RANGE_SEPARATOR_SOURCE}(?<b>${YEAR})\\s*年(?:度)?`, 'gu'),
  extract(match, scan) {
    if (/[0-9０-９.．\u0000]/.test(scan.masked.charAt(match.index - 1))) return null;
    const min = Number(toAsciiDigits(match.groups!.a!));
    const max = Number(toAsciiDigits(match.groups!.b!));
    if (max <= min || max - min > 30) return null;
    const end = match.index + match[0].length;
    const due = opensClause(scan, match.index) && !/^[\s\u3000]*[）)》〕\]]/.test(scan.text.slice(end, end + 2));
    return candidate({ kind: 'date', start: match.index, end, parser: this.name, min, max, due });
  },
};
