import type { Line } from './segment/lines.js';
import { buildDocumentIndex, type DocumentIndex } from './segment/index.js';

export interface ParseOptions {
  /** Fill `targets[].indicator` (loads the jieba-wasm dictionary on first use). Default true. */
  indicators?: boolean;
  /**
   * Page metadata a reader found beside the text (an HTML page's <meta> tags or 发文字号 table), under
   * the labels a page-metadata table uses; meta reads them where the text says nothing.
   */
  pageFields?: ReadonlyMap<string, string>;
}

/** What every extraction stage receives: the decoded text, its lines and its index. Read-only. */
export interface ParseContext {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The text's breaks and layout, found once (segment/index.ts): stages read them, never rescan. */
  readonly index: DocumentIndex;
  readonly options: Readonly<Required<ParseOptions>>;
}

const NO_FIELDS: ReadonlyMap<string, string> = new Map();

/** The context of one document: its text index built once, options defaulted. */
export function createContext(text: string, options: ParseOptions = {}): ParseContext {
  const index = buildDocumentIndex(text);
  return { text, lines: index.lines, index, options: { indicators: options.indicators ?? true, pageFields: options.pageFields ?? NO_FIELDS } };
}
