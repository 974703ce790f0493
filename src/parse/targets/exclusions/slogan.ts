import { regexExclusion } from './regexExclusion.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';

/**
 * Formula names built from numbers: `1+X`, `3+2`, `X+1`; paired-one slogans `一县一策`,
 * `一校一案`, `一季一测`; version names `2.0`.
 */
export const sloganExclusion = regexExclusion(
  'slogan',
  /[0-9０-９A-Za-z一二三四五六七八九十]+(?:\s*[+＋]\s*[0-9０-９A-Za-z一二三四五六七八九十]+)+|一[\u4e00-\u9fff]一[\u4e00-\u9fff]|(?<=[A-Za-z\u4e00-\u9fff])[0-9]\.0(?![0-9%％])/gu,
  undefined,
  `${ARABIC_DIGIT_CHARS}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz一二三四五六七八九十`,
);
