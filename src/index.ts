// The public API: parse (pure, no I/O), the schemas and types, and exporters to strings and streams.
export { parseDocument, documentFromDecoded, type ParseDocumentOptions } from './document.js';
export { extractAll, type ExtractedParts, type StageTimings } from './parse/index.js';
export type { ParseOptions } from './parse/context.js';
export { decode, normaliseEncodingLabel, type Decoded } from './io/decode.js';
export { PolicyParseError, UsageError, ERROR_CODES, type ErrorCode } from './errors.js';
export { flattenSections, innermostSectionAt } from './parse/structure/tree.js';
export * from './schema/index.js';
export * from './export/index.js';
// Two versions of one plan → changes; Documents + their text → report pages (they load
// assets/report.js and report.css, copied from dist/report/assets by `policy-parse report`).
export { diffDocuments, diffToNdjson, diffToCsv, diffToText, CHANGE_TYPES, type DocumentDiff, type Change, type ChangeType } from './diff/index.js';
export { documentPage, indexPage, diffPage, unitMatrix, unitNetwork, sharedIndicators, highlightText, documentSpans, type ReportDocument } from './report/index.js';
export { parseDocumentAsync } from './parseAsync.js';
export { detectFormat, INPUT_FORMATS, type InputFormat } from './io/formats/detect.js';
