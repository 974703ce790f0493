import type { Exclusion } from '../candidate.js';
import { regexExclusion } from './regexExclusion.js';

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
