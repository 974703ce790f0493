import { regexExclusion } from './regexExclusion.js';

/**
 * A footnote number glued to a figure (`15—30%10的比例`) or to a closing quote (`“双高计划”5`);
 * not a count after a quoted name (`建设“…产业园”2个`).
 */
export const footnoteDigitExclusion = regexExclusion('footnoteDigit', /(?<=[%％”》])[0-9]{1,2}(?![0-9.．%％]|\s*个|\s*[万亿千]?[元人所家项门名次座条处件部栋台辆亩吨])/gu, undefined, '0123456789', undefined, ['0123456789']);
