import { parseChineseNumeral } from '../../numbers/index.js';
import { candidate, type TargetParser } from '../candidate.js';

/** `翻一番` = 2, `翻两番` = 4, `翻番` = 2: each 番 doubles. */
export const doublingParser: TargetParser = {
  name: 'doubling',
  startChars: '翻',
  pattern: /翻(?<n>[一两二三四])?番/gu,
  extract(match) {
    const times = match.groups!.n ? parseChineseNumeral(match.groups!.n)! : 1;
    return candidate({ kind: 'multiple', start: match.index, end: match.index + match[0].length, parser: this.name, value: 2 ** times, unit: 'x' });
  },
};
