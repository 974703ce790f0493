// The heading vocabulary of plans, in one place: the section headings every plan uses
// (`总体要求`, `保障措施`), the words a heading goes on with (`和`, `及`), and how a body opens after a
// heading glued to it (a due date, a preposition, a policy verb). The heading-boundary rule and
// the list finders (a heading word is never part of a unit name) import them.

/** Section headings every plan uses; one of them opening a glued paragraph is the whole heading. */
export const HEADING_WORDS = [
  '总体要求', '总体目标', '总体思路', '指导思想', '基本原则', '工作原则', '工作目标', '发展目标', '主要目标', '行动目标',
  '目标任务', '重点任务', '主要任务', '工作任务', '重点工作', '主要措施', '工作措施', '保障措施', '政策措施', '支持措施',
  '组织实施', '组织保障', '实施步骤', '进度安排', '工作要求', '工作步骤', '职责分工', '适用范围', '工作机制', '基本情况',
  '发展基础', '发展现状', '实施范围', '实施内容', '建设内容', '建设目标', '总体安排', '工作安排', '附则',
].sort((a, b) => b.length - a.length);

/** Words a heading goes on with after a vocabulary word (`工作目标和任务`, `保障措施及分工`). */
export const JOINER = /^[和与及、的之（(]/;

/** Adverbs that form one opener with the verb after them (`加快实施`, `大力发展`). */
export const ADVERB = /^(?:加快|大力|积极|全面|深入|认真|切实|不断|着力|努力|进一步|持续|稳步|有序|逐步|充分|加大|严格|统筹)/;

/** How a body opens: a due date, a preposition of purpose or basis, a policy verb, a subject. */
export const OPENER = new RegExp(
  '^(?:' +
    [
      '到(?:19|20)\\d{2}', '(?:19|20)\\d{2}年', '力争', '确保', '通过', '围绕', '按照', '依托', '根据', '依据', '结合', '坚持', '遵循', '聚焦', '立足', '紧扣', '对标', '紧紧围绕', '以(?![及上下内外后前])', '为(?![主辅])',
      '加快', '加强', '强化', '构建', '推进', '推动', '建立', '健全', '完善', '鼓励', '支持', '实施', '开展', '发挥', '提升', '提高',
      '促进', '深化', '落实', '引导', '培育', '打造', '优化', '扩大', '拓展', '探索', '加大', '做好', '抓好', '制定', '组织开展', '充分',
      '积极', '大力', '全面', '深入', '认真', '切实', '着力', '努力', '进一步', '持续', '不断', '严格',
      '各区', '各地', '各级', '各部门', '各单位', '全市', '全区', '全县', '全省', '要(?=[\u4e00-\u9fff]{2})',
    ].join('|') +
    ')',
);

/** A heading word anywhere in a text (`行动目标` glued to a list is no unit name). */
export const HEADING_WORD_INSIDE = new RegExp(HEADING_WORDS.join('|'), 'u');

/**
 * The genre words a document's title ends with (`…实施方案`, `…的通知`, `…管理办法`): a title
 * line, a notice title, a title run into its preamble, and the closing `本方案自…施行` name them.
 */
export const DOCUMENT_TYPE_WORDS = ['方案', '计划', '规划', '通知', '意见', '办法', '要点', '细则', '纲要', '报告', '决定', '措施', '条例', '规定', '安排', '政策'] as const;

/** Regex source: any document-type word. */
export const DOCUMENT_TYPE = `(?:${DOCUMENT_TYPE_WORDS.join('|')})`;

/** Regex source: the word 附件, blanks inside allowed (`附 件`). */
export const ATTACHMENT_WORD = '附\\s*件';

/** Regex source: the attachment label (`附件`, `附件2`, `附 件 三`), its number optional. */
export const ATTACHMENT_LABEL = `${ATTACHMENT_WORD}\\s*[0-9０-９一二三四五六七八九十]*`;

/** An attachment heading (`附件`, `附件2：`, `附件 1.`): its files or tables follow. */
export const ATTACHMENT_HEADING = new RegExp(`^${ATTACHMENT_LABEL}\\s*(?:[:：.．、]|$)`);

/** The same heading as a prefix of its line, the attachment's own title after it (`附件1：任务清单`). */
export const ATTACHMENT_PREFIX = new RegExp(`^${ATTACHMENT_LABEL}\\s*[:：.．、]?\\s*`);
