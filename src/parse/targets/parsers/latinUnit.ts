import { candidate, type TargetParser } from '../candidate.js';
import { MORE_SOURCE, QUANTITY_SOURCE, TRAILING_MULTIPLIER_SOURCE, firstNumeral, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

/**
 * `50PFlops`, `100MW`, `10Gbps`, `1.5万kWh`, `20TB`: a count whose unit is written in Latin
 * letters, kept as written. Two letters at least, so names built on one letter (`5G`, `4A级`,
 * `8K`) are not read as quantities; a run of one repeated letter (`3AAA`) is a grade.
 */
export const latinUnitParser: TargetParser = {
  name: 'latinUnit',
  startChars: QUANTITY_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(
    `${QUANTITY_SOURCE}${MORE_SOURCE}${TRAILING_MULTIPLIER_SOURCE}\\s?(?<unit>[A-Za-z]{2,8}(?:[/／][A-Za-z]{1,4})?)(?![A-Za-z0-9０-９+＋])`,
    'gu',
  ),
  extract(match, scan) {
    const g = match.groups!;
    if (!startsCleanly(scan, match.index, g.q!)) return null;
    // Latin units follow Arabic digits; `一APP` is an article and a name.
    if (!/^[0-9０-９]/.test(firstNumeral(g.q!))) return null;
    if (/^(.)\1*$/i.test(g.unit!)) return null;
    const quantity = quantityOf(g);
    if (!quantity) return null;
    return candidate({
      kind: 'count', start: match.index, end: match.index + match[0].length, parser: this.name,
      ...quantity, unit: g.unit!.replace('／', '/'), comparator: g.more ? 'gt' : 'eq',
    });
  },
};
