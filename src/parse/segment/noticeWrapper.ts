// The notice wrapper before a plan's title block (`…关于印发…的通知` / 文号 / 主送 / the notice's
// sentences / the issuing organ / the date), as far as the layout can tell it: the paragraph
// holding the 文号, the 主送 line and the signature date. Meta reads the wrapper's fields there.
import { docNumberOf } from '../lexicon/docNumber.js';
import { isDateLine } from '../numbers/dates.js';
import type { Paragraph } from './paragraphs.js';

export interface NoticeWrapper {
  /** The first paragraph that is a 文号, with the number (blanks removed). */
  readonly docNumber: { readonly paragraph: number; readonly value: string } | null;
  /** The first 主送 line (the addressees, ending in a colon). */
  readonly recipients: number | null;
  /** The last paragraph that is only a date: the signature's (its organ lines stand above it). */
  readonly signatureDate: number | null;
}

/** A 主送机关 line: ends with a colon, no sentence inside, not an attachment line. */
export function isRecipientLine(paragraph: string): boolean {
  const value = paragraph.trim();
  if (/^附\s*件|如下[：:]$|^(?:为|现|根据|按照|经|依据)/.test(value)) return false; // a lead-in sentence, not addressees
  return /[：:]$/.test(value) && !value.includes('。') && value.length <= 300 && value.length >= 3;
}

/** Index of the last date-only paragraph before `end` (-1 when none). */
export function lastDateLine(paragraphs: readonly Paragraph[], end = paragraphs.length): number {
  for (let i = end - 1; i >= 0; i--) if (isDateLine(paragraphs[i].text)) return i;
  return -1;
}

/** The wrapper among `paragraphs[0, end)`, the paragraphs before the title block. */
export function findNoticeWrapper(paragraphs: readonly Paragraph[], end: number): NoticeWrapper {
  let docNumber: NoticeWrapper['docNumber'] = null;
  let recipients: number | null = null;
  for (let i = 0; i < end && (docNumber === null || recipients === null); i++) {
    const value: string | null = docNumber === null ? docNumberOf(paragraphs[i].text) : null;
    if (value !== null) docNumber = { paragraph: i, value };
    if (recipients === null && isRecipientLine(paragraphs[i].text)) recipients = i;
  }
  const signatureDate = lastDateLine(paragraphs, end);
  return { docNumber, recipients, signatureDate: signatureDate < 0 ? null : signatureDate };
}
