import { candidate, type TargetParser } from '../candidate.js';
import { MORE_SOURCE, QUANTITY_SOURCE, TRAILING_MULTIPLIER_SOURCE, firstNumeral, isBareMultiplier, quantityOf, startsCleanly, QUANTITY_START_CHARS, QUANTITY_RUN_CLASSES } from './shared.js';

/**
 * Measure words as written, each with what may not follow it (where the pair is a word,
 * not a measure: 所有, 个人, 项目, 次性…). Longest first so 人次 wins over 人.
 */
const MEASURE_WORDS: Array<[word: string, notFollowedBy?: string]> = [
  ['微克/立方米'], ['毫克/立方米'], ['毫克/升'], ['千克/亩'], ['公斤/亩'], ['吨/日'], ['万千瓦时'],
  ['平方公里'], ['平方千米'], ['平方米'], ['立方米'], ['千瓦时'], ['公里'], ['千米'], ['公顷'], ['千瓦'], ['兆瓦'],
  ['千克'], ['公斤'], ['厘米'], ['毫米'], ['人次'], ['场次'], ['批次'], ['家次'], ['车次'], ['架次'], ['台次'], ['件次'], ['项次'], ['班次'], ['艘次'], ['轮次'], ['床位'], ['学时'], ['课时'], ['学分'], ['户次'], ['标准箱'],
  ['人', '民|大|才|员|口|工|士|群|类|们|格|均|生|事|文|力|性|物|选'],
  ['名', '单|称|义|片|牌|誉|额|录|师|校|优|列|次|言|胜|家'],
  ['个', '人|体|性|别|案|税'],
  ['所', '有|在|属|得|需|谓|辖|以(?!上|下|内)'],
  ['家', '庭|长|乡|园|具|电|政|务|居|属|族|风'],
  ['门', '类|户|槛|口|诊|店|窗'],
  ['项', '目|链'],
  ['支', '持|撑|付|出|部|柱|配|援|队伍'],
  ['座', '谈'],
  ['张', '贴|扬'],
  ['床'],
  ['户', '籍|口|外|型'],
  ['次', '性|序|要|级|生|数'],
  ['件', '事'],
  ['套', '餐'],
  ['台', '阶|账|湾|风'],
  ['辆'], ['艘'], ['株'], ['棵'], ['栋'], ['幢'], ['盏'], ['架', '构|设'], ['头', '部|脑|雁|羊'],
  ['部', '门|分|署|队|位|件|长|委|省|级|属|落|署|分'],
  ['处', '理|置|罚|于|室|长|级'],
  ['条', '件|例|款|线|龙'],
  ['场', '所|地|景|馆|次|景'],
  ['亩'], ['吨'], ['斤'],
  ['轮', '换|岗|值|流|训|椅|胎|廓|船|番|动|回'],
  ['级', '别|次|领导|党委|政府|以上医院|医院'],
  ['类', '别|似|型'],
  ['米', '粮|面|饭'],
  ['位', '置|于|列|居'],
  ['间', '接|隔'],
];

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
