// The documents a plan cites as its basis: 《…》 titles, with their 文号 when one follows in brackets,
// in the preamble's 为贯彻落实 / 根据 sentence.
import type { BasisDocument } from '../../../schema/meta.js';
import { DOC_NUMBER } from '../../../lexicon/docNumber.js';

const BASIS_SENTENCE = /贯彻|落实|根据|依据|按照|遵照|精神|部署|要求/;
const FOLLOWING_NUMBER = new RegExp(`^[ \\t\\u3000]*[（(][ \\t\\u3000]*(${DOC_NUMBER})[ \\t\\u3000]*[）)]`);

/** End index (exclusive) of the 《…》 title opening at `open`, nested 《》〈〉 kept whole; -1 if unclosed. */
function titleEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') depth++;
    else if (ch === '》') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === '。') return -1;
  }
  return -1;
}

/** Cited documents of the basis sentences of `preamble`, in order, without repeats. */
export function extractBasis(preamble: string): BasisDocument[] {
  const out: BasisDocument[] = [];
  const seen = new Set<string>();
  for (const sentence of preamble.split('。')) {
    if (!BASIS_SENTENCE.test(sentence)) continue;
    for (let i = 0; i < sentence.length; i++) {
      if (sentence[i] !== '《') continue;
      const end = titleEnd(sentence, i);
      if (end < 0) break;
      const title = sentence.slice(i + 1, end - 1).trim();
      const number = FOLLOWING_NUMBER.exec(sentence.slice(end));
      const docNumber = number ? number[1].replace(/[\s\u3000]+/g, '') : null;
      const key = `${title}|${docNumber}`;
      if (title && !seen.has(key)) {
        seen.add(key);
        out.push({ title, docNumber });
      }
      i = end - 1;
    }
  }
  return out;
}
