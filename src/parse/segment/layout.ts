// The layout of a document's text, found once before any extraction stage: the web chrome around
// it, its paragraphs, the numbering marker opening each, where the numbered body starts, the
// title block before it (the preamble after it), the notice wrapper further back, and the lines
// that are whole titles. Structure, targets and responsibilities read these from the index
// instead of finding them again.
import { ATTACHMENT_HEADING } from '../lexicon/headings.js';
import { findChrome, withoutChrome, type Chrome } from './chrome.js';
import { markerAt } from './markerIndex.js';
import { findNoticeWrapper, type NoticeWrapper } from './noticeWrapper.js';
import { splitParagraphs, type MarkedParagraph, type Paragraph } from './paragraphs.js';
import { findTail, type Tail } from './tail.js';
import type { TextIndex } from './textIndex.js';
import { findTitleBlock, type TitleBlock } from './titleBlock.js';
import { findTitleLines } from './titleLines.js';


export interface Layout {
  /** Web chrome lines, the body span and page-metadata fields. */
  readonly chrome: Chrome;
  /** The paragraphs outside chrome, in order. */
  readonly paragraphs: readonly Paragraph[];
  /** The paragraphs opening with a numbering marker, in order. */
  readonly marked: readonly MarkedParagraph[];
  /** Each paragraph's position in `paragraphs`. */
  readonly paragraphIndex: ReadonlyMap<Paragraph, number>;
  /** The paragraph of the first trusted marker (`paragraphs.length` when none): the body starts there. */
  readonly firstSection: number;
  /** Walking back from the first section: the title paragraphs, wrapper and preamble around the title. */
  readonly titleBlock: TitleBlock;
  /** The notice wrapper before the title block: its 文号, 主送 and signature-date paragraphs. */
  readonly wrapper: NoticeWrapper;
  /** Indices of the lines that are a whole title (`…工作要点`, `…的通知`), ascending; see `onTitleLine`. */
  readonly titleLines: readonly number[];
  /** Where the body ends, and the closing formula, signature, notes and attachments after it. */
  readonly tail: Tail;
}

/** The layout of the indexed text: chrome → paragraphs → markers → first section → title block → notice wrapper; and the title lines. */
export function findLayout(index: TextIndex): Layout {
  const { text, lines } = index;
  const chrome = findChrome(text, lines);
  const paragraphs = splitParagraphs(index, withoutChrome(lines, chrome));
  const marked: MarkedParagraph[] = [];
  for (const paragraph of paragraphs) {
    const marker = markerAt(index.markers, paragraph.start, paragraph.end);
    if (marker) marked.push({ marker, paragraph });
  }
  const paragraphIndex = new Map(paragraphs.map((p, i) => [p, i]));
  // The body starts at the first trusted marker: not ambiguous, not ①, not an attachment list item.
  const listed = attachmentListItems(paragraphs, marked);
  const firstTrusted = marked.find((m) => !m.marker.ambiguous && m.marker.kind !== 'circled' && !listed.has(m.paragraph));
  const firstSection = firstTrusted ? (paragraphIndex.get(firstTrusted.paragraph) ?? paragraphs.length) : paragraphs.length;
  const titleBlock = findTitleBlock(paragraphs, firstSection);
  const wrapper = findNoticeWrapper(paragraphs, titleBlock.first);
  const tail = findTail({ paragraphs, marked, paragraphIndex, firstSection }, text.length);
  return { chrome, paragraphs, marked, paragraphIndex, firstSection, titleBlock, wrapper, titleLines: findTitleLines(lines), tail };
}

/**
 * Numbered lines that continue an attachment list (`附件：1.实施方案` / `2.任务清单`): they name
 * files, they do not open the body.
 */
export function attachmentListItems(paragraphs: readonly Paragraph[], marked: readonly MarkedParagraph[]): Set<Paragraph> {
  const markedSet = new Set(marked.map((m) => m.paragraph));
  const items = new Set<Paragraph>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (!ATTACHMENT_HEADING.test(paragraphs[i].text)) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      if (!markedSet.has(p) || p.text.length > 60 || /[。；]$/.test(p.text)) break;
      items.add(p);
    }
  }
  return items;
}
