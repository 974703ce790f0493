import { RANGE_SEPARATOR_SOURCE, toAsciiDigits } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

const YEAR = '(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}';

/** `2021-2025年`, `2021年至2025年`: a span of years, `min`/`max` set, no single year. */
export const dateRangeParser: TargetParser = {
  name: 'dateRange',
  pattern: new RegExp(`(?<a>${YEAR})\\s*年?${RANGE_SEPARATOR_SOURCE}(?<b>${YEAR})\\s*年(?:度)?`, 'gu'),
  extract(match, scan) {
    if (/[0-9０-９.．\u0000]/.test(scan.masked.charAt(match.index - 1))) return null;
    const min = Number(toAsciiDigits(match.groups!.a!));
    const max = Number(toAsciiDigits(match.groups!.b!));
    if (max <= min || max - min > 30) return null;
    return candidate({ kind: 'date', start: match.index, end: match.index + match[0].length, parser: this.name, min, max });
  },
};
