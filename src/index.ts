export { parseDocument, type ParseDocumentOptions } from './document.js';
export { extractAll, type ExtractedParts, type StageTimings } from './parse/index.js';
export type { ParseOptions } from './parse/context.js';
export { decode, normaliseEncodingLabel, type Decoded } from './io/decode.js';
export { PolicyParseError } from './errors.js';
export { flattenSections, innermostSectionAt } from './parse/structure/tree.js';
export * from './schema/index.js';
