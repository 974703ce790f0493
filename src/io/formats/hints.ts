// Metadata a reader finds outside the document text (page <meta> tags, a page's 索引号/发文字号
// table): offered to `meta` only where the text itself gave nothing.
import type { Meta } from '../../schema/meta.js';

export interface MetaHints {
  title?: string;
  docNumber?: string;
  issuer?: string;
  /** ISO date (YYYY-MM-DD). */
  issueDate?: string;
}

/** What a reader gives back: the text every offset points into, plus what it found beside it. */
export interface ExtractedText {
  text: string;
  /** Charset of the text as stored (an HTML page's charset; `utf-8` for the XML of a DOCX). */
  encoding: string;
  hints: MetaHints;
}

const DATE = /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** `2023年5月8日`, `2023-05-08 10:00`, `2023/5/8` → `2023-05-08`; null when it is no date. */
export function isoDateHint(raw: string): string | null {
  const m = DATE.exec(raw);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `meta` with each null field filled from `hints` (fields the text gave are kept). */
export function applyMetaHints(meta: Meta, hints: MetaHints | undefined): Meta {
  if (!hints) return meta;
  return {
    ...meta,
    title: meta.title ?? hints.title ?? null,
    docNumber: meta.docNumber ?? hints.docNumber ?? null,
    issuer: meta.issuer ?? hints.issuer ?? null,
    issueDate: meta.issueDate ?? hints.issueDate ?? null,
  };
}
