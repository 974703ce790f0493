// The words of responsibility lists, in one place: labels (`牵头单位：`), task-table column headers
// (`配合部门`, `责任主体`), wrapper words around names (`A牵头，B、C配合`, `按职责分工负责`) and
// the lead-first clause (`排第一位为牵头单位`). Every responsibility rule builds its patterns from
// these lists, so a new word is added here once.

import type { UnitRole } from '../../schema/responsibility.js';

/** Role words, by the role they give: the word before 单位/部门 in a label or a column header. */
export const LEAD_WORDS = ['牵头', '主责', '主办'] as const;
export const SUPPORT_WORDS = ['配合', '协办', '协助', '参与', '协同'] as const;
export const RESPONSIBLE_WORDS = ['责任', '推进', '实施', '承办', '落实', '负责'] as const;
/** Role words that stand as a label on their own (`牵头：A；配合：B`). */
export const BARE_LABEL_WORDS = ['牵头', '配合', '协办'] as const;

/** What the role word names: `…单位`, `…部门`, `…主体`, and internal divisions `…处室`, `…科室`. */
export const HOLDER_NOUNS = ['单位', '部门', '主体', '处室', '科室'] as const;

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
const ROLE_WORD = alt([...LEAD_WORDS, ...SUPPORT_WORDS, ...RESPONSIBLE_WORDS]);
const HOLDER = alt(HOLDER_NOUNS);

/** A list label with its colon: `牵头单位：`, `配合部门:`, `责任主体：`, `牵头：`. */
export const LIST_LABEL = new RegExp(`${ROLE_WORD}${HOLDER}\\s*[：:]|${alt(BARE_LABEL_WORDS)}\\s*[：:]`, 'u');

/** A column header naming who is responsible: `牵头单位`, `主要责任部门`, `配合`, `推进单位`… */
export const RESPONSIBILITY_COLUMN = new RegExp(`^(?:主要)?${ROLE_WORD}${HOLDER}|^${alt(BARE_LABEL_WORDS)}$`, 'u');

/**
 * A column of the issuer's internal divisions (`市卫健委内牵头处室`, `牵头处室`): read only when the
 * table names no units outside the issuer, else it is the issuer's own bookkeeping.
 */
export const DIVISION_COLUMN = /(?:牵头|主责|主办|责任|配合|协办|参与|负责)(?:处室|科室|处|科)$/u;

/** A role column under a shared header (`责任单位` over `牵头` and `配合`): the role word alone or with its holder noun. */
export const ROLE_SUB_COLUMN = /^(?:牵头|配合|协办|参与|主责|协同|主办)(?:单位|部门|处室|科室)?$/;

const LEAD_START = new RegExp(`^${alt(LEAD_WORDS)}`, 'u');
const SUPPORT_START = new RegExp(`^${alt(SUPPORT_WORDS)}`, 'u');

/** The role a label or column header gives: its first word decides. */
export function labelRole(label: string): UnitRole {
  if (LEAD_START.test(label)) return 'lead';
  if (SUPPORT_START.test(label)) return 'support';
  return 'responsible';
}

/** `按职责分工`, `按照各自职责分工`, `依职能`…: "each by its remit", before 负责/配合. */
export const BY_REMIT = '(?:按照|按|根据|依照|依据|依)(?:各自|部门)?的?(?:职责|职能)(?:分工)?';

/** `A牵头`, `由A牵头负责`, `A为牵头单位`. */
export const LEAD_WRAPPER = /^(?:由)?(.+?)(?:共同)?(?:(?:为|是|作为)牵头(?:单位|部门)|牵头(?:负责|抓总|落实|实施|推进)?)$/u;
/** `B、C等参与`, `B配合`, `B等按职责分工配合`. */
export const SUPPORT_WRAPPER = new RegExp(
  `^(?:由)?(.+?)(?:${BY_REMIT})?(?:共同)?(?:(?:为|是|作为)(?:配合|参与|协办)(?:单位|部门)|(?:配合|参与|协助|协同|协办)(?:落实|实施|推进)?)$`,
  'u',
);
/** `B等按职责分工负责`, `A负责`, `A、B按职责分工分别负责`, `A、B等部门协同负责`, `A、B指导`: supporting when the list names a lead, else responsible. */
export const DUTY_WRAPPER = new RegExp(
  `^(?:由)?(.+?)(?:${BY_REMIT})?(?:分别|共同|分工|协同)?(?:(?:为|是|作为)责任(?:单位|部门)|(?:抓好|做好|抓紧)?(?:负责|落实|指导)(?:落实|实施|推进)?)$`,
  'u',
);
/** A clause that assigns by remit (`…按职责分工负责`): in brackets it is a list whatever its names look like. */
export const BY_REMIT_CLAUSE = new RegExp(`${BY_REMIT}(?:分别|共同)?(?:抓好|做好|抓紧)?(?:负责|落实|配合|参与)`, 'u');

/**
 * A clause of a list that only says when (`2025年底前完成`, `长期坚持`, `持续推进`): not a unit, and it
 * does not end the list.
 */
export const TIMING_CLAUSE =
  /^(?:(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9０-９]{1,2}月)?(?:[—–-](?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?)?(?:底|末|年底|上半年|下半年)?(?:前|以前|之前)?|长期|持续|常态化|每年|定期)(?:完成|推进|实施|坚持|开展|落实)?$/u;
/**
 * What a list may say after its units, in the same brackets, that names none (`（A牵头，B负责；完成时限：
 * 6月底前）`, `（A负责；根据上级安排确定具体时间）`): a due-time field, a remark on the basis of the work, or a
 * standing instruction for the items after it (`以下均需B落实，不再列出`).
 */
export const LIST_REMARK_CLAUSE = /^(?:(?:完成|办结)?(?:时限|时间|期限|时间节点|节点)\s*[：:]|(?:根据|依据|结合|视)(?![^，,；;]*(?:职责|职能))|以下(?:各项)?(?:任务)?均|不再(?:一一)?列出)/u;

/** `会同B、C等部门实施`: the units joined to a lead. */
export const JOINED_WRAPPER = /^(?:会同|协同)(.+?)(?:等(?:有关|相关)?(?:单位|部门))?(?:共同)?(?:实施|推进|落实|负责|开展)?$/u;
/** `A会同B、C负责`: A leads, B and C support. */
export const JOINT_CLAUSE = /^(?:由)?(.+?)会同(.+)$/u;
/** `市民政局（牵头）` marks one name as the lead. */
export const LEAD_MARK = /[（(]牵头(?:单位|部门)?[）)]$/u;

// The lead-first clause. A bare 第一 is not enough: `第一责任人要牵头抓总` is no such clause. The first
// place is written `排/列/位 (名/在/于/列) 第一/首位/最前`, or `第一位/第一个/首位` on its own.
const FIRST_PLACE = '(?:(?:排|列|位)(?:名|在|于|列)?(?:第一|首位|最前面?)|第一位|第一个|第一家|第一名|首位|居首)';
const LEAD_HOLDER = '牵头(?:单位|部门)';

/** `排第一位为牵头单位`, `牵头单位列第一位`: the first unit of a list leads, the others support. */
export const LEAD_FIRST_CLAUSE = new RegExp(
  `${FIRST_PLACE}[^，,。；;）)\\n]{0,8}?(?:(?:为|是|系)${LEAD_HOLDER}|(?:单位|部门)?牵头(?![单部]))` +
    `|${LEAD_HOLDER}[^，,。；;）)\\n]{0,4}?(?:列|排|位)(?:在|于)?(?:第一位|首位|第一)`,
  'u',
);

/** Companion clauses that only restate the scope of the lead-first clause: `下同`, `其他为配合单位`. */
export const LEAD_FIRST_COMPANION =
  /^(?:下同|以下同|以下均同|后同|全文同|(?:其他|其余|其它)(?:单位|部门)?(?:为|是)?(?:配合|协办|参与|责任)(?:单位|部门)?)$/u;
