// The plan's title block: the title lines (a title broken over lines is joined back) and the
// bracketed lines around them (（2021-2025年） （征求意见稿）), found by walking back from the body.
import type { Paragraph } from './paragraphs.js';
import { isDateLine } from '../numbers/dates.js';
import { docNumberOf } from '../lexicon/docNumber.js';

export interface TitleBlock {
  /** Index of the first paragraph of the block (the header, if any, lies before it). */
  first: number;
  /** Index just past the block: the preamble or the body starts here. */
  next: number;
  title: string | null;
  /** Paragraphs of the title itself. */
  titleParagraphs: Paragraph[];
  /** Bracketed lines of the block: period, draft status. */
  extras: Paragraph[];
}

const MAX_TITLE_LINES = 3;
const MAX_TITLE_LENGTH = 80;
/** Preamble paragraphs skipped at most while walking back from the first section. */
const MAX_PREAMBLE = 6;

const BRACKETED = /^[（(【[][^（）()]*[）)】\]]$/;

function balanced(value: string): boolean {
  const count = (re: RegExp) => (value.match(re) ?? []).length;
  return count(/《/g) === count(/》/g) && count(/[（(]/g) === count(/[）)]/g) && count(/“/g) === count(/”/g);
}

/** A line that can be (part of) a title: short, no sentence punctuation, not a date or number. */
export function isTitleLike(value: string): boolean {
  if (value.length > MAX_TITLE_LENGTH) return false;
  if (/[。；;：:，,！？]$/.test(value) || value.includes('。')) return false;
  if (/^附\s*件/.test(value)) return false;
  if (isDateLine(value) || docNumberOf(value)) return false;
  return balanced(value);
}

/** Walk back from paragraph `body` (the first section, or the end) to find the title block. */
export function findTitleBlock(paragraphs: readonly Paragraph[], body: number): TitleBlock {
  let i = body - 1;
  // The preamble: prose, or pieces of it, between the title and the first section.
  let skipped = 0;
  while (i >= 0 && skipped < MAX_PREAMBLE && !isTitleLike(paragraphs[i].text) && !BRACKETED.test(paragraphs[i].text)) {
    const value = paragraphs[i].text;
    // A date, a document number or a 主送 line: the walk has left the plan for its notice.
    if (isDateLine(value) || docNumberOf(value) || (/[：:]$/.test(value) && value.length <= MAX_TITLE_LENGTH)) break;
    i--;
    skipped++;
  }
  const next = i + 1;
  const titleParagraphs: Paragraph[] = [];
  const extras: Paragraph[] = [];
  while (i >= 0) {
    const p = paragraphs[i];
    if (BRACKETED.test(p.text) && titleParagraphs.length === 0) {
      extras.unshift(p);
    } else if (isTitleLike(p.text) && !BRACKETED.test(p.text) && titleParagraphs.length < MAX_TITLE_LINES) {
      titleParagraphs.unshift(p);
      if (p.blankBefore) {
        i--;
        break;
      }
    } else {
      break;
    }
    i--;
  }
  const first = i + 1;
  const joined = titleParagraphs.map((p) => p.text.trim()).join('');
  return { first, next, title: joined || null, titleParagraphs, extras };
}
