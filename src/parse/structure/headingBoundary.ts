// Where a run-in heading ends when nothing marks it: in text whose line breaks were lost, the
// heading is glued to its body (`一、总体要求充分发挥…`, `（三）强化人力智力保障加强多层次人才培养。`).
// The evidence is the genre's own: the heading vocabulary of plans, a body that opens with a due
// date, a preposition or a policy verb (an adverb+verb pair is one opener), and the rhythm of the
// sibling headings (4+4 characters).

/** Section headings every plan uses; one of them opening a glued paragraph is the whole heading. */
const HEADING_WORDS = [
  '总体要求', '总体目标', '总体思路', '指导思想', '基本原则', '工作原则', '工作目标', '发展目标', '主要目标', '行动目标',
  '目标任务', '重点任务', '主要任务', '工作任务', '重点工作', '主要措施', '工作措施', '保障措施', '政策措施', '支持措施',
  '组织实施', '组织保障', '实施步骤', '进度安排', '工作要求', '工作步骤', '职责分工', '适用范围', '工作机制', '基本情况',
  '发展基础', '发展现状', '实施范围', '实施内容', '建设内容', '建设目标', '总体安排', '工作安排', '附则',
].sort((a, b) => b.length - a.length);

/** Words a heading goes on with after a vocabulary word (`工作目标和任务`, `保障措施及分工`). */
const JOINER = /^[和与及、的之（(]/;

/** Adverbs that form one opener with the verb after them (`加快实施`, `大力发展`). */
const ADVERB = /^(?:加快|大力|积极|全面|深入|认真|切实|不断|着力|努力|进一步|持续|稳步|有序|逐步|充分|加大|严格|统筹)/;

/** How a body opens: a due date, a preposition of purpose or basis, a policy verb, a subject. */
const OPENER = new RegExp(
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

const MIN_HEADING = 5;
/** The body after a boundary is a clause of its own, not the heading's last word (`…进一步深化`). */
const MIN_REST = 6;
const MAX_HEADING = 16;
/** A glued head this short is a heading by itself (`加强组织领导`). */
const SHORT_HEAD = 10;

/** A heading vocabulary word opening `body` that the body then runs on from, or null. */
export function vocabularyHeading(body: string): number | null {
  // `空间目标遵循…`, `产业目标到2025年…`: a two-character field and a heading noun, then a body opener.
  const fielded = /^[\u4e00-\u9fff]{2}(?:目标|任务|原则|措施|要求|思路)/.exec(body);
  if (fielded && !HEADING_WORDS.some((w) => body.startsWith(w)) && OPENER.test(body.slice(4)) && !JOINER.test(body.slice(4))) return 4;
  const word = HEADING_WORDS.find((w) => body.startsWith(w));
  if (!word || body.length <= word.length) return null;
  const rest = body.slice(word.length);
  if (JOINER.test(rest) || /^[。；;：:，,！？\s\u3000*_]/.test(rest)) return null;
  return word.length;
}

/**
 * Lengths at which a glued head (the text up to its first clause end) could end: where a body
 * opener starts, never inside an adverb+verb pair. Empty when the head is short enough to be a
 * heading on its own.
 */
export function boundaryCandidates(head: string): number[] {
  if (head.length <= SHORT_HEAD) return [];
  const out: number[] = [];
  for (let p = MIN_HEADING; p <= Math.min(MAX_HEADING, head.length - MIN_REST); p++) {
    if (!OPENER.test(head.slice(p))) continue;
    if (ADVERB.test(head.slice(p - 2)) || ADVERB.test(head.slice(p - 3))) continue; // inside `加快实施`
    if (JOINER.test(head.slice(p - 1))) continue;
    out.push(p);
  }
  return out;
}

/**
 * The candidate that keeps the rhythm of the siblings: the length most sibling headings have
 * (`siblingsOfLength`), else the first candidate.
 */
export function pickBoundary(candidates: readonly number[], siblingsOfLength: (length: number) => number): number | null {
  if (candidates.length === 0) return null;
  let best = candidates[0];
  for (const c of candidates) if (siblingsOfLength(c) > siblingsOfLength(best)) best = c;
  return best;
}
