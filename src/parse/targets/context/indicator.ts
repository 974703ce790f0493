import type { TargetCandidate } from '../candidate.js';

const CLAUSE_BREAK = /[，,。；;：:！？!?\n\r\t]/;

/** Verbs of building or doing that put the measured thing after the number: `建设1个省级工作室`. */
const ACTION_BEFORE =
  /(?:建设|建成|打造|培育|创建|办好|评选|遴选|认定|新增|新建|改造|开设|设立|组建|培养|培训|引进|举办|完成|实现|支持|扶持|安排|招收|吸纳|带动|开发|推出|形成|发展|选派|选树|提供|增加|配备|建立|申报|争取|创成|获评|入选|联系|承担|开展|资助|覆盖|启动|具备|具有|遴建|建|有)$/u;

/** Leading words that frame a clause rather than name what is measured. */
const LEADING_FRAME = /^(?:[\s\u3000]|到|至|从|自|截至|\d{4}\s*年(?:底前|底|末|前|起)?|力争|确保|原则上|基本|逐步|进一步|努力|争取|每年|年均|全部|同时|其中|并|且|要|应|可|将|还|落实|执行|保障|保证|实施|推进|推动|按照|按|重点|加快|全面|积极|鼓励|要求)+/u;

/** Trailing words that link the measured thing to its number. */
const TRAILING_LINK =
  /(?:力争达到|稳定在|保持在|控制在|提高到|提升到|提高至|提升至|增加到|增长到|不低于|不少于|不小于|不超过|不高于|不多于|达到|超过|高于|低于|少于|至少|约|近|达|为|在|是|占|按|的|年均|每年|稳步增长|明显提升|大幅提升|增长|提高|提升)+$/u;

/**
 * What a target measures, read from its clause: the subject before the number
 * (`中等职业学校学位容量` in `…学位容量达到…的50%`), or the object after it when a verb of
 * building precedes the number (`省级思政教育工作室` in `建设1个省级思政教育工作室`).
 * Falls back to the subject of the previous clause of the same sentence. Null for dates.
 * `nextStart` / `previousEnd` bound the phrase by the neighbouring targets.
 */
export function indicatorFor(target: TargetCandidate, text: string, nextStart = text.length, previousEnd = 0): string | null {
  if (target.kind === 'date') return null;
  const clauseStart = Math.max(clauseBoundaryBefore(text, target.start), Math.min(previousEnd, target.start));
  const clauseEnd = Math.min(clauseBoundaryAfter(text, target.end), Math.max(target.end, nextStart));
  const rawBefore = text.slice(clauseStart, target.start);
  const before = trimPhrase(rawBefore.replace(LEADING_FRAME, '').replace(TRAILING_LINK, ''));
  // The object runs to the clause end or the next target (`1所高等职业学校和6所…`).
  const after = trimPhrase(text.slice(target.end, clauseEnd).replace(/^的/, '').replace(/[和及与、]+$/u, ''));
  const afterUsable = after.length >= 2 && !/^(?:用于|进行|在|的时间|时间|左右|以上)/.test(after);
  // A count or a duration names what it counts after its measure word: `5个职业教育品牌专业`.
  const objectFirst = target.kind === 'count' || target.kind === 'duration' || ACTION_BEFORE.test(before) || before === '';
  if (objectFirst && afterUsable) return after;
  if (before.length >= 2 && !ACTION_BEFORE.test(before)) return before;
  // `在校生规模稳步增长，达到3000人以上`: the subject is in the clause before.
  if (clauseStart > 0 && /[，,]/.test(text[clauseStart - 1]!)) {
    const previous = trimPhrase(
      text.slice(clauseBoundaryBefore(text, clauseStart - 1), clauseStart - 1).replace(LEADING_FRAME, '').replace(TRAILING_LINK, ''),
    );
    if (previous.length >= 2) return previous;
  }
  return after.length >= 2 ? after : before.length >= 2 ? before : null;
}

function trimPhrase(s: string): string {
  return s.replace(/^[\s\u3000“”"（）()]+|[\s\u3000（(]+$/gu, '').slice(-40);
}

function clauseBoundaryBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1]!) && offset - i < 80) i--;
  return i;
}

function clauseBoundaryAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !CLAUSE_BREAK.test(text[i]!) && i - offset < 80) i++;
  return i;
}
