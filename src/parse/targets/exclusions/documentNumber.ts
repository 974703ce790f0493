import { regexExclusion } from './regexExclusion.js';

/** 发文字号 and other numbered references: `国发〔2019〕4号`, `湘教法[2020]16号`, `第12号`. */
export const documentNumberExclusion = regexExclusion(
  'documentNumber',
  /[〔［\[【]\s*(?:19|20)\d{2}\s*[〕］\]】]\s*(?:第\s*)?\d*\s*号?|[（(]\s*(?:19|20)\d{2}\s*[）)]\s*(?:第\s*)?\d+\s*号|\d+\s*号(?![召称])/gu,
  undefined,
  '〔［[【（(0123456789',
  // Only `\d+\s*号` begins with a digit, and with a run of them.
  ['0123456789'],
);
