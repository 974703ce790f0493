import type { ParseContext } from '../context.js';
import type { Meta } from '../../schema/meta.js';
import type { Section } from '../../schema/section.js';
import type { Note } from '../../schema/note.js';
import type { Table } from '../../schema/table.js';
import type { Warning } from '../../schema/warning.js';
import { diagnostic } from '../diagnostics.js';
import { lexMarker } from './markers.js';
import { extractMeta, findSignature } from './meta/index.js';
import { findTitleBlock } from './meta/titleBlock.js';
import { extractNotes } from './notes.js';
import { buildOutline, type MarkedParagraph } from './outline.js';
import { splitParagraphs } from './paragraphs.js';
import { attachmentListItems, findTail } from './regions.js';
import { extractBodyTables, extractTables } from './tables.js';
import { findChrome, withoutChrome } from './chrome.js';
import type { Span } from './spans.js';

export interface Structure {
  meta: Meta;
  sections: Section[];
  notes: Note[];
  tables: Table[];
  warnings: Warning[];
  /**
   * Where the document is in its text. `body` runs from the first to the last line that is not web
   * chrome; `chrome` lists the chrome lines (breadcrumbs, share/print buttons, page-metadata table
   * and lines, footers, side-bar link lists, image names and URLs, percent-encoded text). Sections,
   * meta, notes and tables never come from chrome; later stages (targets, responsibility lists)
   * must skip any span inside a `chrome` span. Offsets are into the original text. Absent (a
   * structure built by hand): the whole text is body.
   */
  regions?: { body: Span; chrome: Span[] };
}

export const EMPTY_META: Meta = {
  title: null,
  docNumber: null,
  issuer: null,
  issueDate: null,
  recipients: [],
  draft: false,
  period: null,
  basis: [],
};

/**
 * Warning codes of this stage (stable): NUMBERING_GAP, NUMBERING_REPEAT, MARKER_KIND_MISMATCH,
 * PUNCTUATION_MIXED, MARKER_SPACING, STRAY_SPACE, MARKDOWN_WRAPPER.
 *
 * Metadata, the numbered outline, notes and attachment tables.
 * Paragraphs → the first numbered one → walking back, the title block (before it: the notice
 * wrapper; after it: the preamble) → the tail (closing formula, signature, notes, attachments)
 * → the outline between the two.
 */
export function extractStructure(ctx: ParseContext): Structure {
  const { text } = ctx;
  const chrome = findChrome(text, ctx.lines);
  const paragraphs = splitParagraphs(text, withoutChrome(ctx.lines, chrome));
  const marked: MarkedParagraph[] = [];
  for (const paragraph of paragraphs) {
    const marker = lexMarker(text, paragraph.start, paragraph.end);
    if (marker) marked.push({ marker, paragraph });
  }
  const index = new Map(paragraphs.map((p, i) => [p, i]));
  const listed = attachmentListItems(paragraphs, marked);
  const firstTrusted = marked.find((m) => !m.marker.ambiguous && m.marker.kind !== 'circled' && !listed.has(m.paragraph));
  const firstSection = firstTrusted ? (index.get(firstTrusted.paragraph) ?? paragraphs.length) : paragraphs.length;

  const block = findTitleBlock(paragraphs, firstSection);
  const tail = findTail(paragraphs, marked, firstSection, text.length);
  const inBody = marked.filter((m) => (index.get(m.paragraph) ?? -1) >= firstSection && m.paragraph.start < tail.bodyEnd);
  const outline = buildOutline(text, inBody, tail.bodyEnd, paragraphs);

  const trailing = tail.signature ? findSignature(paragraphs.slice(tail.signature.from, tail.signature.to)) : null;
  const meta = extractMeta({ text, paragraphs, block, firstSection, trailingSignature: trailing, pageFields: chrome.fields });
  const notes = tail.notes ? extractNotes(text, paragraphs.slice(tail.notes.from, tail.notes.to)) : [];
  const attachmentsAt = tail.attachment === null ? text.length : paragraphs[tail.attachment].start;
  const tables = [...extractBodyTables(text, paragraphs, attachmentsAt), ...extractTables(text, paragraphs, tail.attachment)];

  const titleStart = block.titleParagraphs[0];
  const titleWrapper = titleStart && /^(#{1,6}|\*\*|__)/.exec(titleStart.text);
  const warnings = titleWrapper
    ? [diagnostic('meta.markdown-wrapper', 'MARKDOWN_WRAPPER', 'info', `markdown ${titleWrapper[1]} around the title`, titleStart.start, titleStart.end), ...outline.warnings]
    : outline.warnings;

  return { meta, sections: outline.sections, notes, tables, warnings, regions: { body: chrome.body, chrome: chrome.spans } };
}
