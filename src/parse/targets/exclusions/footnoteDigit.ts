import { regexExclusion } from './regexExclusion.js';

/** A footnote number glued to a figure (`15—30%10的比例`) or to a closing quote (`“双高计划”5`). */
export const footnoteDigitExclusion = regexExclusion('footnoteDigit', /(?<=[%％”》])[0-9]{1,2}(?![0-9.．%％]|\s*[个万亿千]?[元人所家项门名次])/gu, undefined, '0123456789');
