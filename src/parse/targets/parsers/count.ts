import { candidate, type TargetParser } from '../candidate.js';
import { MEASURE_WORDS } from '../../lexicon/measures.js';
import { MORE_SOURCE, QUANTITY_SOURCE, TRAILING_MULTIPLIER_SOURCE, firstNumeral, isBareMultiplier, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

const UNIT_SOURCE = MEASURE_WORDS.map(([word, not]) => (not ? `${word}(?!${not})` : word)).join('|');

/** With the numeral 一 these classifiers read as an article ("a", "one such"): 一项工作, 一支队伍. */
const ARTICLE_CLASSIFIERS = new Set(['个', '项', '种', '支', '张', '条', '门', '套', '件', '处', '场', '次', '间', '座', '位', '台', '部', '架', '头']);

/**
 * Measure words that, after a Chinese numeral, name a grade or category rather than count
 * one (`三级医院`, `一类地区`); after Arabic digits they count (`达到4级`, `6类以上`).
 */
const ARABIC_ONLY = new Set(['级', '类']);

/** `1所`, `3000人`, `1万余人次`, `144.45万平方米`, `2—3个`, `千人`: a count with its measure word. */
export const countParser: TargetParser = {
  name: 'count',
  startChars: QUANTITY_START_CHARS,
  runClasses: QUANTITY_RUN_CLASSES,
  pattern: new RegExp(`${QUANTITY_SOURCE}${MORE_SOURCE}${TRAILING_MULTIPLIER_SOURCE}\\s*(?<unit>${UNIT_SOURCE})`, 'gu'),
  extract(match, scan) {
    const g = match.groups!;
    const numeral = firstNumeral(g.q!);
    if (!startsCleanly(scan, match.index, g.q!)) return null;
    const end = match.index + match[0].length;
    if (g.q === '一' && ARTICLE_CLASSIFIERS.has(g.unit!)) return null;
    if (ARABIC_ONLY.has(g.unit!) && !/^[0-9０-９]/.test(numeral)) return null;
    if (isBareMultiplier(numeral)) {
      // 万人 alone is a rate basis (每万人); 千家万户 is an idiom.
      if (/[万亿]/.test(numeral)) return null;
      if (/[百千万]/.test(scan.masked.charAt(end))) return null;
    }
    const quantity = quantityOf(g);
    if (!quantity) return null;
    return candidate({
      kind: 'count', start: match.index, end, parser: this.name,
      ...quantity, unit: g.unit!, comparator: g.more ? 'gt' : 'eq',
    });
  },
};
