export {
  ARABIC_DIGIT_CHARS,
  ARABIC_SOURCE,
  CHINESE_NUMERAL_CHARS,
  CHINESE_SOURCE,
  MULTIPLIER_SOURCE,
  NUMERAL_SOURCE,
  NUMERAL_START_CHARS,
  RANGE_SEPARATOR_SOURCE,
  fullWidthDigitsToAscii,
  isChineseNumeral,
  parseChineseNumeral,
  parseNumeral,
  roundFloat,
  toAsciiDigits,
} from './numeral.js';
export { parseQuantity, type Quantity } from './quantity.js';
