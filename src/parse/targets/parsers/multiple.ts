import { candidate, type TargetParser } from '../candidate.js';
import { QUANTITY_SOURCE, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

/** `2倍`, `1.5倍以上`, `2-3倍`: factor, unit `x`. */
export const multipleParser: TargetParser = {
  name: 'multiple',
  startChars: QUANTITY_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(`${QUANTITY_SOURCE}\\s*倍`, 'gu'),
  extract(match, scan) {
    const q = match.groups!.q!;
    if (!startsCleanly(scan, match.index, q)) return null;
    const quantity = quantityOf(match.groups!);
    if (!quantity) return null;
    return candidate({ kind: 'multiple', start: match.index, end: match.index + match[0].length, parser: this.name, ...quantity, unit: 'x' });
  },
};
