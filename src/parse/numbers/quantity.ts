import { RANGE_SEPARATOR_SOURCE, parseNumeral } from './numeral.js';

/** A single amount or a range, before units are applied. */
export interface Quantity {
  value: number | null;
  min: number | null;
  max: number | null;
}

const SEPARATOR = new RegExp(`^(.+?)${RANGE_SEPARATOR_SOURCE}(.+)$`, 'u');

/**
 * `15` → value 15; `15—30` → min 15, max 30; the first end may repeat a unit suffix
 * (`15%-30`), passed as `unitOnFirst`, which is stripped before parsing. Null when either
 * end is not a numeral.
 */
export function parseQuantity(text: string, unitOnFirst?: RegExp): Quantity | null {
  const single = parseNumeral(text);
  if (single !== null) return { value: single, min: null, max: null };
  const m = SEPARATOR.exec(text);
  if (!m) return null;
  const first = unitOnFirst ? m[1]!.replace(unitOnFirst, '') : m[1]!;
  let min = parseNumeral(first);
  const max = parseNumeral(m[2]!);
  if (max === null) return null;
  // `2万-3万` or `1.2-1.5万`: a multiplier written only on the second end applies to both.
  if (min === null) return null;
  const multiplier = /[万亿千百]$/.test(m[2]!) && !/[万亿千百]$/.test(first) && /\d/.test(first) ? max / (parseNumeral(m[2]!.replace(/(万亿|亿|万|千|百)$/, '')) ?? max) : 1;
  min = Number((min * multiplier).toPrecision(12));
  return { value: null, min, max };
}
