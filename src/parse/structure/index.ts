import type { ParseContext } from '../context.js';
import type { Meta } from '../../schema/meta.js';
import type { Section } from '../../schema/section.js';
import type { Note } from '../../schema/note.js';
import type { Table } from '../../schema/table.js';
import type { Warning } from '../../schema/warning.js';
import { STRUCTURE_STAGES } from './config.js';
import type { Span } from '../segment/spans.js';

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
 * Metadata, the numbered outline and notes, by the stages of `config.ts`, from the layout of the
 * text index: chrome → paragraphs → markers (the first numbered paragraph) → walking back, the
 * title block (before it: the notice wrapper; after it: the preamble) → the tail (closing formula,
 * signature, notes, attachments). The stages read the outline between the two → meta → notes; the
 * tables (body and attachment) are the index's.
 */
export function extractStructure(ctx: ParseContext): Structure {
  const { meta, outline, notes, titleWarnings } = STRUCTURE_STAGES.run({ ctx });
  const { chrome, tables } = ctx.index;
  const warnings = [...titleWarnings, ...outline.warnings];
  return { meta, sections: outline.sections, notes, tables: [...tables], warnings, regions: { body: chrome.body, chrome: chrome.spans } };
}
