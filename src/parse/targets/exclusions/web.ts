import type { Exclusion } from '../candidate.js';
import { regexExclusion } from './regexExclusion.js';
import { lineIndexAt } from '../../segment/textIndex.js';

/** URLs: `https://www.gz.gov.cn/zwgk/t20230512_123.html`, `www.example.gov.cn/a/1.html`. */
export const urlExclusion = regexExclusion(
  'url',
  /(?:https?|ftp):\/\/[^\s"'<>（）()，。；、]+|www\.[A-Za-z0-9-]+\.[^\s"'<>（）()，。；、]+/gu,
  undefined,
  'hfw',
);

/** Percent-encoded text from copied addresses: `%E5%B9%BF%E5%B7%9E`. */
export const percentEncodedExclusion = regexExclusion('percentEncoded', /(?:%[0-9A-Fa-f]{2}){2,}/gu, undefined, '%');

const FILE_EXTENSION = /\.(?:s?html?|jsp|php|aspx?|pdf|docx?|xlsx?|wps|ofd|jpe?g|png|gif|bmp|tiff?|zip|rar|7z|txt|csv)(?![A-Za-z0-9])/giu;

/** Characters that end a file name when walking back from its extension. */
const NAME_BOUNDARY = /[\s\u3000"'<>|，。；：:、（）()《》“”【】[\]!?！？]/u;

/**
 * File names with an extension: `附件1：监测指标体系2023.xlsx`, `P020230512123.pdf`,
 * `image123.png`. The name runs back from the extension to a space or punctuation (at most 80
 * characters), so one scan for extensions finds them all.
 */
export const fileNameExclusion: Exclusion = {
  name: 'fileName',
  find(text) {
    const spans: Array<{ start: number; end: number }> = [];
    FILE_EXTENSION.lastIndex = 0;
    for (const m of text.matchAll(FILE_EXTENSION)) {
      let start = m.index;
      while (start > 0 && m.index - start < 80 && !NAME_BOUNDARY.test(text[start - 1]!)) start--;
      if (start < m.index) spans.push({ start, end: m.index + m[0].length });
    }
    return spans;
  },
};

/** `…/辖区内重点人群数*100%`: the factor of a formula that defines a rate, not a target. */
export const formulaFactorExclusion = regexExclusion('formulaFactor', /[*＊×](?<x>\s*100\s*[%％])/gu, undefined, '*＊×');

/** Labels of a web page's metadata and footer, not of the document: `发布日期：`, `| 浏览次数 |`, `版权所有`. */
// (The character before a label is checked by hand: a lookbehind in front of the alternation would
// make the regex engine try every position of the document.)
const PAGE_LABEL =
  /(?:发布日期|发布时间|更新日期|更新时间|成文日期|发文日期|印发日期|生效日期|浏览次数|浏览量|访问量|访问次数|阅读次数|阅读数|点击数|点击量|点击次数|信息来源|文章来源|来源|字号|责任编辑|编辑|作者|索引号|主题分类|发布机构|版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们)(?:\s*[：:|│】\]]|(?=[\s\u3000]*©|[\s\u3000]*(?:Copyright|©)))/gmu;

/** What may stand before a page label: a line start, a table or bracket edge, emphasis, a blank. */
const LABEL_BEFORE = /[|│【\[*\s\u3000]/;

/**
 * Page metadata and footers around a document copied from a website (`发布时间：2023年05月06日
 * 10:30`, `| 发布日期 | 2021年5月6日 |`, `版权所有：… 沪ICP备12345678号`): the rest of the line
 * from the label (up to 120 characters) holds no target.
 */
export const pageMetadataExclusion: Exclusion = {
  name: 'pageMetadata',
  find(text, _starts, index) {
    const spans: Array<{ start: number; end: number }> = [];
    PAGE_LABEL.lastIndex = 0;
    for (const m of text.matchAll(PAGE_LABEL)) {
      if (m.index > 0 && !LABEL_BEFORE.test(text[m.index - 1]!)) continue;
      // To the end of the label's line (any break kind, from the index), at most 120 characters on.
      const lineEnd = index.lines[lineIndexAt(index.lines, m.index)]!.end;
      spans.push({ start: m.index, end: Math.min(lineEnd, m.index + m[0].length + 120) });
    }
    return spans;
  },
};
