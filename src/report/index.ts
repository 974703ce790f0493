// The HTML report: pages built as strings from Documents and their decoded text (pure).
export { escapeHtml, jsonForScript } from './escape.js';
export { documentSpans, highlightText, headingSpan, utf16Offsets, type HighlightSpan, type SpanKind, type DroppedSpan } from './spans.js';
export { unitMatrix, measureKey, type UnitMatrix, type MatrixRow, type Measure } from './matrix.js';
export { unitNetwork, sharedIndicators, indicatorKey, type UnitNetwork, type IndicatorGroup } from './corpus.js';
export { documentPage, indexPage, diffPage, targetValue, ASSET_DIR, ASSET_FILES, type ReportDocument } from './pages.js';
