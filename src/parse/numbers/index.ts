export {
  ARABIC_SOURCE,
  CHINESE_SOURCE,
  MULTIPLIER_SOURCE,
  NUMERAL_SOURCE,
  RANGE_SEPARATOR_SOURCE,
  isChineseNumeral,
  parseChineseNumeral,
  parseNumeral,
  roundFloat,
  toAsciiDigits,
} from './numeral.js';
export { parseQuantity, type Quantity } from './quantity.js';
