// The words of due dates, in one place: what before or after a year makes it a due time
// (`到2025年`, `2023年底前`), pledges before a year (`力争2025年`), a due year in a heading
// (`到2025年主要目标`), a completion-time column (`完成时限`), and a clause that only closes the
// work before it (`…，2024年底前完成`). The date parsers and the deadline rules import them.

/** Words before a year that make it a due time, and those that make it a start. */
export const DUE_BEFORE = /^(?:到|至|截至|截止到?)$/;
export const DUE_AFTER = /^(?:底前|底|末前|末|前|内|上半年|下半年|年底前|年底|年末)$/;

/** Words of pledging right before a year: `力争2025年`, `确保2023年底前`. */
export const PLEDGE_BEFORE = /(?:力争|确保|争取|力求|力促)[\s\u3000]*$/u;

/**
 * A due year stated in a heading: `到2025年`, `2023年底前`, `“十四五”末`, or a heading that is a
 * year plan (`2023年目标`). Not the end of a stage written with months (`2024年5月至2025年12月`).
 */
export const HEADING_DUE = /(?<![月日])(?:到|至|截至)\s*((?:19|20)\d{2})\s*年(?!\s*[0-9０-９]{1,2}\s*月)|((?:19|20)\d{2})\s*年\s*(?:底|末|前|目标|任务)|十([一二三四五六七八九])五[”"]?(?:期末|末)/u;

/** A column holding each row's completion time (`完成时限`, `时间节点`, `完成期限`). */
export const DUE_COLUMN = /时限|期限|时间|时序|进度/;

/** The rest of a clause that only says the work before it is completed by the date. */
export const CLOSES_BACK = /^[\s\u3000]*(?:前|内)?(?:全部|基本|全面|如期|要|须|必须)?(?:完成|建成|完工|到位|实现|落实|投用|投入使用|见效)(?:任务|目标|建设|改造)?(?:[。；;，,！!\n\r]|$)/u;
