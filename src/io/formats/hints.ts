// Metadata a reader finds outside the document text (page <meta> tags, a page's 索引号/发文字号
// table): handed to parsing as page fields, the same way as a page-metadata table copied into the
// text, so `meta` reads them (only where the text itself says nothing) with the same rules.

export interface MetaHints {
  title?: string;
  docNumber?: string;
  issuer?: string;
  /** The date as the page writes it (`2023年5月8日`, `2023-05-08 10:00`). */
  issueDate?: string;
}

/** What a reader gives back: the text every offset points into, plus what it found beside it. */
export interface ExtractedText {
  text: string;
  /** Charset of the text as stored (an HTML page's charset; `utf-8` for the XML of a DOCX). */
  encoding: string;
  hints: MetaHints;
}

/** The hints as page fields under the labels a page-metadata table uses (标题, 文号, 发文机关, 成文日期). */
export function pageFieldsOf(hints: MetaHints | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (hints?.title) fields.set('标题', hints.title);
  if (hints?.docNumber) fields.set('文号', hints.docNumber);
  if (hints?.issuer) fields.set('发文机关', hints.issuer);
  if (hints?.issueDate) fields.set('成文日期', hints.issueDate);
  return fields;
}
