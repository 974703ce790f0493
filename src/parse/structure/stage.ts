import type { ParseContext } from '../context.js';
import type { Meta } from '../../schema/meta.js';
import type { Note } from '../../schema/note.js';
import type { Table } from '../../schema/table.js';
import type { Warning } from '../../schema/warning.js';
import type { Chrome } from './chrome.js';
import type { TitleBlock } from './meta/titleBlock.js';
import type { MarkedParagraph, Outline } from './outline.js';
import type { Paragraph } from './paragraphs.js';
import type { Tail } from './regions.js';

/**
 * What the structure stages build, one document at a time. Each stage reads the fields set by the
 * stages before it in `STRUCTURE_STAGES` and sets its own; a field is read only after its stage ran.
 */
export interface StructureState {
  readonly ctx: ParseContext;
  /** chrome: web chrome lines, the body span and page-metadata fields. */
  chrome: Chrome;
  /** paragraphs: the paragraphs outside chrome, in order. */
  paragraphs: Paragraph[];
  /** markers: the paragraphs opening with a numbering marker, and each paragraph's position. */
  marked: MarkedParagraph[];
  paragraphIndex: Map<Paragraph, number>;
  /** markers: the paragraph of the first trusted marker (paragraphs.length when none). */
  firstSection: number;
  /** title-block: the title paragraphs, wrapper and preamble around the title. */
  block: TitleBlock;
  /** tail: the body's end and the closing, signature, notes and attachment regions. */
  tail: Tail;
  /** outline: the section tree and its numbering warnings. */
  outline: Outline;
  /** meta: the document's metadata. */
  meta: Meta;
  /** notes: the notes of the tail. */
  notes: Note[];
  /** tables: body tables, then attachment tables. */
  tables: Table[];
  /** Warnings in the order the stages emit them. */
  warnings: Warning[];
}

/** One step of `extractStructure`: sets its fields of the state from the text and the fields before it. */
export interface StructureStage {
  readonly name: string;
  run(state: StructureState): void;
}
