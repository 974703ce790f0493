// Where the body of numbered sections ends: before a closing formula (本方案自…施行), a trailing
// signature, a notes block (注： / 名词注释) or the attachments (附件…), whichever comes first
// once the top-level numbering has run out. Part of the layout: found once, in the index.
import type { MarkedParagraph, Paragraph } from './paragraphs.js';
import { isDateLine } from '../numbers/dates.js';
import { isOrganLine } from '../lexicon/organs.js';
import { ATTACHMENT_HEADING, DOCUMENT_TYPE } from '../lexicon/headings.js';

export type TailKind = 'closing' | 'signature' | 'notes' | 'attachment' | 'colophon';

export interface Tail {
  /** Offset where the body ends (start of the first tail paragraph). */
  bodyEnd: number;
  /** Paragraph index range of the notes block, if any. */
  notes: { from: number; to: number } | null;
  /** Paragraph index of the first attachment heading after the body, or null. */
  attachment: number | null;
  /** Paragraph index range of a signature block after the body (date line last), or null. */
  signature: { from: number; to: number } | null;
}

const NOTES = /^(?:注|注释|备注)\s*[:：]|^(?:[一二三四五六七八九十]+、\s*)?名词(?:注释|解释|说明)\s*[:：]?$/;
/** 版记: the distribution and print lines at the foot of an official document. */
const COLOPHON = /^(?:抄送|抄报|分送)\s*[:：]|日\s*印发$|^\s*(?:（|\()?此件(?:公开发布|不公开|主动公开)/;
const CLOSING = new RegExp(`^本(?:实施|行动|工作|管理)?${DOCUMENT_TYPE}[^。]{0,40}(?:施行|实施|执行|解释)[^。]{0,20}。?$`);

/** What kind of tail paragraph `p` is, if any. */
export function tailKind(paragraphs: readonly Paragraph[], index: number): TailKind | null {
  const value = paragraphs[index].text;
  if (ATTACHMENT_HEADING.test(value) && value.length <= 120 && !/。$/.test(value)) return 'attachment';
  if (NOTES.test(value)) return 'notes';
  if (CLOSING.test(value)) return 'closing';
  if (COLOPHON.test(value)) return 'colophon';
  if (isOrganLine(value) && paragraphs.slice(index + 1, index + 4).some((p) => isDateLine(p.text))) return 'signature';
  if (isDateLine(value)) return 'signature';
  return null;
}

/** What the tail is found from: the paragraphs, those opening with a marker, and where the body starts. */
export interface TailInput {
  readonly paragraphs: readonly Paragraph[];
  readonly marked: readonly MarkedParagraph[];
  readonly paragraphIndex: ReadonlyMap<Paragraph, number>;
  readonly firstSection: number;
}

/**
 * Find the tail after the first section (paragraph index `firstSection`). `marked` are the
 * numbered paragraphs; a tail candidate only counts when no top-level marker that continues the
 * top-level numbering follows it.
 */
export function findTail(layout: TailInput, textEnd: number): Tail {
  const { paragraphs, marked, paragraphIndex: index, firstSection: bodyStart } = layout;
  const body = marked.filter((m) => (index.get(m.paragraph) ?? -1) >= bodyStart);
  const topKind = body[0]?.marker.kind;
  const firstMarked = body.length ? (index.get(body[0].paragraph) ?? bodyStart) : bodyStart;
  const top = body.filter((m) => m.marker.kind === topKind).map((m) => ({ at: index.get(m.paragraph) ?? 0, number: m.marker.number }));

  let end: number | null = null;
  const headingOnly = new Set(body.filter((m) => !m.paragraph.text.includes('。')).map((m) => index.get(m.paragraph)));
  // The largest top-level number from each top marker on: one pass, so the scan stays linear.
  const laterMax = Array<number>(top.length + 1).fill(-Infinity);
  for (let k = top.length - 1; k >= 0; k--) laterMax[k] = Math.max(top[k].number, laterMax[k + 1]);
  let passed = 0; // top markers before paragraph i
  for (let i = firstMarked + 1; i < paragraphs.length; i++) {
    while (passed < top.length && top[passed].at < i) passed++;
    const kind = tailKind(paragraphs, i);
    if (!kind) continue;
    // `五、附则` followed by `本方案自…施行。`: the closing formula is that section's body.
    if (kind === 'closing' && headingOnly.has(i - 1)) continue;
    const lastTop = passed > 0 ? top[passed - 1].number : 0;
    const firstAfter = passed < top.length && top[passed].at === i ? passed + 1 : passed;
    // An attachment whose task table starts (序号) before the next top-level marker: that marker
    // is a category row of the table (`二、优化服务供给`), not the body going on.
    const tableFirst = kind === 'attachment' && tableHeaderWithin(paragraphs, i, firstAfter < top.length ? top[firstAfter].at : paragraphs.length);
    if (laterMax[firstAfter] > lastTop && !tableFirst) continue;
    end = i;
    break;
  }
  if (end === null) return { bodyEnd: textEnd, notes: null, attachment: null, signature: null };

  let notes: Tail['notes'] = null;
  let attachment: number | null = null;
  let signature: Tail['signature'] = null;
  for (let i = end; i < paragraphs.length; i++) {
    const kind = tailKind(paragraphs, i);
    if (kind === 'attachment' && attachment === null) {
      attachment = i;
      if (notes && notes.to === paragraphs.length) notes.to = i;
    } else if (kind === 'notes' && notes === null && attachment === null) {
      notes = { from: i, to: paragraphs.length };
    } else if (kind === 'signature' && signature === null && attachment === null && isDateLine(paragraphs[i].text)) {
      let from = i;
      while (from - 1 >= end && isOrganLine(paragraphs[from - 1].text)) from--;
      signature = { from, to: i + 1 };
      if (notes && notes.to === paragraphs.length) notes.to = from;
    }
  }
  return { bodyEnd: paragraphs[end].start, notes, attachment, signature };
}

/** A table header row (序号 first) among the few paragraphs after `from`, before `before`. */
function tableHeaderWithin(paragraphs: readonly Paragraph[], from: number, before: number): boolean {
  for (let j = from + 1; j < Math.min(before, from + 8); j++) if (/^序\s*号/.test(paragraphs[j].text)) return true;
  return false;
}
