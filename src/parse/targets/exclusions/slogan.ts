import { regexExclusion } from './regexExclusion.js';
import { ARABIC_DIGIT_CHARS } from '../../numbers/index.js';

const TERM_CHARS = `${ARABIC_DIGIT_CHARS}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz一二三四五六七八九十`;

/**
 * Formula names built from numbers: `1+X`, `3+2`, `X+1`. The pattern begins with a run of term
 * characters, so it is tried once per run of letters or digits (see `matchesOf`), not at each.
 */
export const formulaExclusion = regexExclusion(
  'formula',
  /[0-9０-９A-Za-z一二三四五六七八九十]+(?:\s*[+＋]\s*[0-9０-９A-Za-z一二三四五六七八九十]+)+/gu,
  undefined,
  TERM_CHARS,
  [TERM_CHARS],
);

/** Paired-one slogans: `一县一策`, `一校一案`, `一季一测`. */
export const pairedOneExclusion = regexExclusion('pairedOne', /一[\u4e00-\u9fff]一[\u4e00-\u9fff]/gu, undefined, '一');

/** Version names: `信息化2.0`. */
export const versionExclusion = regexExclusion('version', /(?<=[A-Za-z\u4e00-\u9fff])[0-9]\.0(?![0-9%％])/gu, undefined, '0123456789', undefined, ['0123456789']);

/** Slogans and names built from numbers: formulas, paired-one slogans, versions. */
export const SLOGAN_EXCLUSIONS = [formulaExclusion, pairedOneExclusion, versionExclusion] as const;
