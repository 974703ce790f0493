import type { Line } from './segment/lines.js';

export interface ParseOptions {
  /** Fill `targets[].indicator` (loads the jieba-wasm dictionary on first use). Default true. */
  indicators?: boolean;
}

/** What every extraction stage receives: the decoded text and its lines. Read-only. */
export interface ParseContext {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly options: Readonly<Required<ParseOptions>>;
}
