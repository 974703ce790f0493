import { regexExclusion } from './regexExclusion.js';

/** Phone numbers, postcodes and similar digit strings. */
export const contactExclusion = regexExclusion(
  'contact',
  /(?<![0-9])(?:0\d{2,3}[-－—]?\d{7,8}(?:[-－]\d{1,4})?|1[3-9]\d{9}|\d{6}(?=\s*[）)]?\s*$))(?![0-9])|(?:电话|传真|邮编|邮政编码|联系方式)[：:\s]*[0-9０-９\-－—、，, ]+/gmu,
  undefined,
  '0123456789电传邮联',
  undefined,
  ['0123456789'],
);
