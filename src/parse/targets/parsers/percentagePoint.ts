import { parseQuantity } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';
import { QUANTITY_SOURCE, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

/** `2个百分点`, `1～3个百分点`: a change in percentage points, unit `pp`. */
export const percentagePointParser: TargetParser = {
  name: 'percentagePoint',
  startChars: QUANTITY_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(`${QUANTITY_SOURCE}\\s*个?百分点`, 'gu'),
  extract(match, scan) {
    const q = match.groups!.q!;
    if (!startsCleanly(scan, match.index, q)) return null;
    const quantity = parseQuantity(q);
    if (!quantity) return null;
    return candidate({ kind: 'percent', start: match.index, end: match.index + match[0].length, parser: this.name, ...quantity, unit: 'pp' });
  },
};
