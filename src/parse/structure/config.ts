import type { Meta } from '../../schema/meta.js';
import type { Note } from '../../schema/note.js';
import type { Warning } from '../../schema/warning.js';
import { diagnostic } from '../diagnostics.js';
import { extractMeta, findSignature } from './meta/index.js';
import { extractNotes } from './notes.js';
import { buildOutline, type Outline } from './outline.js';
import { Pipeline, type Stage, type Start } from './stage.js';

// The layout (chrome, paragraphs, markers, the first section, the title block, the tail) and the
// tables are in the text index already (segment/layout.ts, segment/tableLayout.ts); these stages
// interpret it.

/** titleWarnings: an info diagnostic when markdown wraps the title (`## 某某方案`, `**…**`). */
export const titleWarningsStage: Stage<Start, { titleWarnings: Warning[] }> = {
  name: 'title-warnings',
  run: ({ ctx }) => {
    const titleStart = ctx.index.titleBlock.titleParagraphs[0];
    const wrapper = titleStart && /^(#{1,6}|\*\*|__)/.exec(titleStart.text);
    return {
      titleWarnings: wrapper ? [diagnostic('meta.markdown-wrapper', 'MARKDOWN_WRAPPER', 'info', `markdown ${wrapper[1]} around the title`, titleStart.start, titleStart.end)] : [],
    };
  },
};

/** outline: the numbered sections from the markers between the first section and the tail; its numbering warnings. */
export const outlineStage: Stage<Start, { outline: Outline }> = {
  name: 'outline',
  run: ({ ctx }) => {
    const { marked, paragraphIndex, firstSection, paragraphs, tail } = ctx.index;
    const inBody = marked.filter((m) => (paragraphIndex.get(m.paragraph) ?? -1) >= firstSection && m.paragraph.start < tail.bodyEnd);
    return { outline: buildOutline(ctx.text, inBody, tail.bodyEnd, paragraphs) };
  },
};

/** meta: title, number, issuer, date, recipients, period, basis from the title block, the signature and page fields. */
export const metaStage: Stage<Start, { meta: Meta }> = {
  name: 'meta',
  run: ({ ctx }) => {
    const { paragraphs, titleBlock, firstSection, wrapper, chrome, tail } = ctx.index;
    const trailing = tail.signature ? findSignature(paragraphs.slice(tail.signature.from, tail.signature.to)) : null;
    const pageFields = withPageFields(ctx.options.pageFields, chrome.fields);
    return { meta: extractMeta({ text: ctx.text, paragraphs, block: titleBlock, firstSection, wrapper, trailingSignature: trailing, pageFields }) };
  },
};

/** notes: the numbered notes of the tail (`注：1.…`). */
export const notesStage: Stage<Start, { notes: Note[] }> = {
  name: 'notes',
  run: ({ ctx }) => {
    const { tail, paragraphs } = ctx.index;
    return { notes: tail.notes ? extractNotes(ctx.index, paragraphs.slice(tail.notes.from, tail.notes.to)) : [] };
  },
};

/**
 * Run in order by `extractStructure`. `then` type-checks the order: a stage reading a field no
 * stage before it sets does not compile.
 */
export const STRUCTURE_STAGES = Pipeline.start<Start>()
  .then(titleWarningsStage)
  .then(outlineStage)
  .then(metaStage)
  .then(notesStage);

/** Fields of a page-metadata table in the text, over those a reader found beside it. */
function withPageFields(reader: ReadonlyMap<string, string>, inText: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return reader.size === 0 ? inText : new Map([...reader, ...inText]);
}
