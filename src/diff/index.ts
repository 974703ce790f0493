// Changes between two versions of one plan (e.g. 征求意见稿 → final text).
export { diffDocuments, describeTarget, changedTargetFields } from './diff.js';
export { alignSections, SECTION_MATCH_THRESHOLD, type SectionAlignment } from './sections.js';
export { similarity, alignSequences } from './similarity.js';
export { diffToNdjson, diffToCsv, diffToText, DIFF_CSV_COLUMNS } from './format.js';
export { CHANGE_TYPES, TARGET_FIELDS, type Change, type ChangeType, type DocumentDiff, type DiffSide, type TargetField } from './types.js';
