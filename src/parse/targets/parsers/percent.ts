import { NUMERAL_SOURCE, NUMERAL_START_CHARS, RANGE_SEPARATOR_SOURCE, parseQuantity } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';
import { QUANTITY_RUN_CLASSES, startsCleanly } from './shared.js';

/** `50%`, `15—30%`, `15%-30%`, `３０％`. */
export const percentParser: TargetParser = {
  name: 'percent',
  startChars: NUMERAL_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(`(?<q>${NUMERAL_SOURCE}(?:[%％]?${RANGE_SEPARATOR_SOURCE}${NUMERAL_SOURCE})?)\\s*[%％]`, 'gu'),
  extract(match, scan) {
    const q = match.groups!.q!;
    if (!startsCleanly(scan, match.index, q)) return null;
    const quantity = parseQuantity(q, /[%％]$/);
    if (!quantity) return null;
    return candidate({ kind: 'percent', start: match.index, end: match.index + match[0].length, parser: this.name, ...quantity, unit: '%' });
  },
};
