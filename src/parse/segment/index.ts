// The one index of a document's text, built once by `createContext` before any stage runs: the
// character level (lines of every break kind; the breaks ending sentences, clauses and phrases)
// and the layout above it (chrome, paragraphs, markers, the first section, the title block).
import { findLayout, type Layout } from './layout.js';
import { splitLines } from './lines.js';
import { findTables, type TableLayout } from './tableLayout.js';
import { buildTextIndex, type TextIndex } from './textIndex.js';

export interface DocumentIndex extends TextIndex, Layout, TableLayout {}

/** Index `text`: its breaks in one pass, then its layout, then its cells and tables. */
export function buildDocumentIndex(text: string): DocumentIndex {
  const index = buildTextIndex(text, splitLines(text));
  const layout = findLayout(index);
  return { ...index, ...layout, ...findTables(index, layout) };
}
