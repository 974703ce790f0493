import { diagnostic } from '../diagnostics.js';
import { findChrome, withoutChrome } from './chrome.js';
import { lexMarker } from './markers.js';
import { extractMeta, findSignature } from './meta/index.js';
import { findTitleBlock } from './meta/titleBlock.js';
import { extractNotes } from './notes.js';
import { buildOutline } from './outline.js';
import { splitParagraphs } from './paragraphs.js';
import { attachmentListItems, findTail } from './regions.js';
import type { StructureStage } from './stage.js';
import { extractBodyTables, extractTables } from './tables.js';

/** chrome: web page lines that are not the document (breadcrumbs, buttons, page metadata, footers). */
export const chromeStage: StructureStage = {
  name: 'chrome',
  run(s) {
    s.chrome = findChrome(s.ctx.text, s.ctx.lines);
  },
};

/** paragraphs: the lines outside chrome joined into paragraphs (flattened text cut at markers). */
export const paragraphsStage: StructureStage = {
  name: 'paragraphs',
  run(s) {
    s.paragraphs = splitParagraphs(s.ctx.text, withoutChrome(s.ctx.lines, s.chrome));
  },
};

/** marked, paragraphIndex, firstSection: each paragraph's opening marker; the body starts at the first trusted one (not ambiguous, not ①, not an attachment list item). */
export const markersStage: StructureStage = {
  name: 'markers',
  run(s) {
    const { text } = s.ctx;
    s.marked = [];
    for (const paragraph of s.paragraphs) {
      const marker = lexMarker(text, paragraph.start, paragraph.end);
      if (marker) s.marked.push({ marker, paragraph });
    }
    s.paragraphIndex = new Map(s.paragraphs.map((p, i) => [p, i]));
    const listed = attachmentListItems(s.paragraphs, s.marked);
    const firstTrusted = s.marked.find((m) => !m.marker.ambiguous && m.marker.kind !== 'circled' && !listed.has(m.paragraph));
    s.firstSection = firstTrusted ? (s.paragraphIndex.get(firstTrusted.paragraph) ?? s.paragraphs.length) : s.paragraphs.length;
  },
};

/** block: walking back from the first section, the title block (before it the notice wrapper, after it the preamble); warns of a markdown wrapper around the title. */
export const titleBlockStage: StructureStage = {
  name: 'title-block',
  run(s) {
    s.block = findTitleBlock(s.paragraphs, s.firstSection);
    const titleStart = s.block.titleParagraphs[0];
    const titleWrapper = titleStart && /^(#{1,6}|\*\*|__)/.exec(titleStart.text);
    if (titleWrapper) {
      s.warnings.push(diagnostic('meta.markdown-wrapper', 'MARKDOWN_WRAPPER', 'info', `markdown ${titleWrapper[1]} around the title`, titleStart.start, titleStart.end));
    }
  },
};

/** tail: where the body ends, and the closing formula, signature, notes and attachments after it. */
export const tailStage: StructureStage = {
  name: 'tail',
  run(s) {
    s.tail = findTail(s.paragraphs, s.marked, s.firstSection, s.ctx.text.length);
  },
};

/** outline: the numbered sections from the markers between the first section and the tail; its numbering warnings. */
export const outlineStage: StructureStage = {
  name: 'outline',
  run(s) {
    const inBody = s.marked.filter((m) => (s.paragraphIndex.get(m.paragraph) ?? -1) >= s.firstSection && m.paragraph.start < s.tail.bodyEnd);
    s.outline = buildOutline(s.ctx.text, inBody, s.tail.bodyEnd, s.paragraphs);
    s.warnings.push(...s.outline.warnings);
  },
};

/** meta: title, number, issuer, date, recipients, period, basis from the title block, the signature and page fields. */
export const metaStage: StructureStage = {
  name: 'meta',
  run(s) {
    const { tail, paragraphs } = s;
    const trailing = tail.signature ? findSignature(paragraphs.slice(tail.signature.from, tail.signature.to)) : null;
    s.meta = extractMeta({ text: s.ctx.text, paragraphs, block: s.block, firstSection: s.firstSection, trailingSignature: trailing, pageFields: withPageFields(s.ctx.options.pageFields, s.chrome.fields) });
  },
};

/** notes: the numbered notes of the tail (`注：1.…`). */
export const notesStage: StructureStage = {
  name: 'notes',
  run(s) {
    s.notes = s.tail.notes ? extractNotes(s.ctx.text, s.paragraphs.slice(s.tail.notes.from, s.tail.notes.to)) : [];
  },
};

/** tables: tables in the body before the attachments, then the attachment tables. */
export const tablesStage: StructureStage = {
  name: 'tables',
  run(s) {
    const { text } = s.ctx;
    const attachmentsAt = s.tail.attachment === null ? text.length : s.paragraphs[s.tail.attachment].start;
    s.tables = [...extractBodyTables(text, s.paragraphs, attachmentsAt), ...extractTables(text, s.paragraphs, s.tail.attachment)];
  },
};

/** Run in order by `extractStructure`; each reads only the fields of the stages before it. */
export const STRUCTURE_STAGES: readonly StructureStage[] = [
  chromeStage,
  paragraphsStage,
  markersStage,
  titleBlockStage,
  tailStage,
  outlineStage,
  metaStage,
  notesStage,
  tablesStage,
];

/** Fields of a page-metadata table in the text, over those a reader found beside it. */
function withPageFields(reader: ReadonlyMap<string, string>, inText: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return reader.size === 0 ? inText : new Map([...reader, ...inText]);
}
