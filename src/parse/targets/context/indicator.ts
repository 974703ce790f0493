import { SHARE_OF, TRAILING_LINK } from '../../lexicon/comparators.js';
import { MEASURE_ENDING } from '../../lexicon/measures.js';
import { isPlainOutlineMarker } from '../../segment/markers.js';
import { markerAt } from '../../segment/markerIndex.js';
import { breakAtOrAfter, breakBefore, lineStartWithin, type TextIndex } from '../../segment/textIndex.js';
import type { ContextStep, TargetCandidate } from '../candidate.js';

/** Verbs of building, doing or granting that put the measured thing after the number: `建设1个省级工作室`, `给予5000元一次性补贴`. */
const ACTION_BEFORE =
  /(?:建设|建成|打造|培育|创建|办好|评选|遴选|认定|新增|新建|改造|开设|设立|组建|培养|培训|引进|举办|完成|实现|支持|扶持|安排|招收|吸纳|带动|开发|推出|形成|发展|选派|选树|提供|增加|配备|建立|申报|争取|创成|获评|入选|联系|承担|开展|资助|覆盖|启动|具备|具有|遴建|给予|发放|奖励|补助|补贴|设置|布设|建|有)$/u;

/** Leading words that frame a clause rather than name what is measured. `到`/`从` only before a date. */
const LEADING_FRAME =
  /^(?:[\s\u3000]|(?:到|至|从|自|截至)(?=\s*[\d“"十])|\d{4}\s*年(?:底前|底|末|前|起)?|[“"]?十[一二三四五六七八九]五[”"]?(?:期末|末期|末|期间|时期)?|力争|确保|原则上|基本|逐步|进一步|努力|争取|全部|同时|其中|严格|切实|认真|并|且|要|应|可|将|还|落实|执行|保障|保证|实施|推进|推动|按照|按|重点|加快|全面|积极|鼓励|要求|对)+/u;

/**
 * The text of [`start`, `end`) without the numbering marker opening it (`2.开展…`, `（3）`, `①`,
 * blanks before it): part of the outline, not of the phrase. Read from the marker index.
 */
function withoutLeadingMarker(index: TextIndex, start: number, end: number): string {
  const { text } = index;
  let at = start;
  while (at < end && /[\s\u3000]/u.test(text[at]!)) at++;
  const marker = markerAt(index.markers, at, end);
  return text.slice(marker !== null && isPlainOutlineMarker(marker) ? marker.end : start, end);
}

/** Adverbs that may stand between a subject and its verb of building: `每个街道至少建成1个`. */
const ADVERBS = /(?:至少|最少|重点|力争|全部|新|再|累计|共|分别|各|均)+(?=(?:建设|建成|打造|培育|创建|办好|新增|新建|设置|配备|引进|培养|培训|举办|开展|完成|设立|组建|布设|建))/gu;

/** A clause that only states a comparison base (`同比增长`, `较2022年提高`): the subject is in the clause before. */
const COMPARISON_ONLY = /^(?:同比|环比|比上年|较上年|较\d{4}年|比\d{4}年)/u;

/** After a duration that is a time frame: `左右的时间，`, `时间，`, `努力，`. */
const TIME_FRAME = /^(?:左右)?(?:的)?(?:时间|努力)[，,]/u;

/** What an amount is granted as, after it (`…元给予一次性建设补贴`, `…元的标准发放护理补贴`) or before it (`给予一次性奖励…元`). */
const GRANT_NOUN = '(?<g>[\\u4e00-\\u9fff]{0,8}?(?:补贴|奖励|补助|奖补|资助))';
const GRANT_AFTER = new RegExp(`^(?:的标准)?(?:给予|发放|予以)?${GRANT_NOUN}`, 'u');
const GRANT_BEFORE = new RegExp(`(?:给予|发放)${GRANT_NOUN}$`, 'u');

/** A short verb phrase of completing after a time limit: `办结`, `整改到位`, `完成核查`, `响应`. */
const TIME_LIMIT_VERB = /^[\u4e00-\u9fff]{0,4}(?:办结|办理|完成|到位|响应|答复|反馈|处理|核查|整改|报送|报备|备案|出台|审结|解决|处置|回复|发放|拨付|兑现)[\u4e00-\u9fff]{0,2}$/u;

/**
 * What a target measures, read from its clause:
 * - the subject before a linking verb (`建档率达到90%` → `建档率`); `A达到B的50%` becomes
 *   `A占B的比例`;
 * - for a count, a duration, or a number after a verb of building or granting, the object after
 *   it, its modifiers before the last `的` dropped, prefixed by the subject and verb when the
 *   clause has them (`每个街道至少建成1个…的综合养老服务中心` → `每个街道建成的综合养老服务中心数`);
 * - the subject of the previous clause when the clause is only a comparison (`，同比增长10%`)
 *   or the number stands alone (`，达到3000人以上`).
 * Null for dates. `nextStart` / `previousEnd` bound the phrase by the neighbouring targets.
 */
export function indicatorFor(target: TargetCandidate, index: TextIndex, nextStart = index.text.length, previousEnd = 0): string | null {
  return indicatorFound(target, index, nextStart, previousEnd).indicator;
}

/**
 * How an indicator was found: `clause` its own clause, `sentence` the subject of the clause
 * before it (after `，`), `label` a label before a colon (`…的薪酬分配：不低于80%`) or a label line
 * above it; null with no indicator.
 */
export type IndicatorSource = 'clause' | 'sentence' | 'label';

/** The indicator and how it was found (see indicatorFor). */
export function indicatorFound(
  target: TargetCandidate,
  index: TextIndex,
  nextStart = index.text.length,
  previousEnd = 0,
): { indicator: string | null; source: IndicatorSource | null } {
  if (target.kind === 'date') return { indicator: null, source: null };
  const via: { source: IndicatorSource } = { source: 'clause' };
  const found = asShare(target, phraseFor(target, index, nextStart, previousEnd, via));
  // A clause with no subject of its own (`2023年达到80%`, `≥50%`) under a label line: the row
  // of an indicator table one cell per line, or a numbered indicator name (`15.血压控制率`).
  if (found === null || SUBJECTLESS.test(found)) {
    const label = labelLineBefore(index, target.start);
    if (label !== null) return { indicator: label, source: 'label' };
  }
  return { indicator: found, source: found === null ? null : via.source };
}

/** `sentence` for the subject of the clause before, `label` when a colon ends it. */
const borrowedFrom = (text: string, clauseStart: number): IndicatorSource => (/[：:]/.test(text[clauseStart - 1] ?? '') ? 'label' : 'sentence');

/**
 * A percentage inside an unclosed bracket (`…预留…的号源（其中专家号源不低于30%）`) is the share
 * of the thing named in the bracket: `专家号源的比例`.
 */
function asShare(target: TargetCandidate, phrase: string | null): string | null {
  if (phrase === null || target.kind !== 'percent' || target.unit !== '%') return phrase;
  const open = Math.max(phrase.lastIndexOf('（'), phrase.lastIndexOf('('));
  let share = open >= 0 && !/[）)]/u.test(phrase.slice(open)) ? phrase.slice(open + 1).replace(/^其中/u, '') : phrase;
  if (share.length < 2) return phrase;
  // A thing named inside the bracket (`其中专家号源不低于30%`): its share.
  return share === phrase ? phrase : `${share}的比例`;
}

/** What a clause without a subject yields: a comparison or a bare verb of change. */
const SUBJECTLESS = /^(?:较上一?年|比上一?年|同比|逐年|每年)?(?:增加|增长|提高|提升|下降|降低|减少|达到|达)?$|较上一?年|比上一?年/u;

/**
 * The nearest non-blank line before the target's line, when it is a label: short, no sentence
 * punctuation, not a number alone. Its numbering marker is dropped.
 */
function labelLineBefore(index: TextIndex, offset: number): string | null {
  const { text } = index;
  // The label and the text before the number on its line are short: look back 200 characters.
  const lineStart = lineStartWithin(index, offset, 200);
  if (lineStart <= 0) return null;
  let end = lineStart - 1;
  for (let tries = 0; end > 0 && tries < 3; tries++) {
    const start = lineStartWithin(index, end, 60);
    if (start < 0) return null;
    const line = withoutLeadingMarker(index, start, end).replace(/^[\s\u3000*#]+|[\s\u3000*：:]+$/gu, '');
    if (line === '') {
      end = start - 1;
      continue;
    }
    if (line.length < 2 || line.length > 40 || /[，,。；;！？!?]/u.test(line) || /^[\d.．%％≥≤<>～~\-—、/\s]+$/u.test(line)) return null;
    return line;
  }
  return null;
}

function phraseFor(target: TargetCandidate, index: TextIndex, nextStart: number, previousEnd: number, via: { source: IndicatorSource }): string | null {
  const { text } = index;
  const clauseStart = Math.max(clauseBoundaryBefore(index, target.start), Math.min(previousEnd, target.start));
  const clauseEnd = Math.min(clauseBoundaryAfter(index, target.end), Math.max(target.end, nextStart));
  const framed = withoutLeadingMarker(index, clauseStart, target.start).replace(LEADING_FRAME, '');
  const link = TRAILING_LINK.exec(framed)?.[0] ?? '';
  const before = trimPhrase(framed.slice(0, framed.length - link.length));
  const rawAfter = text.slice(target.end, clauseEnd);
  // The object runs to the clause end or the next target (`1所高等职业学校和6所…`).
  const after = trimPhrase(rawAfter.replace(/^的/, '').replace(/[和及与、]+$/u, ''));
  const afterUsable =
    after.length >= 2 && !/^[、和及与或]/u.test(rawAfter) && !/^(?:用于|进行|在|的时间|时间|左右|以上|标准)/.test(after);

  if (COMPARISON_ONLY.test(before) || (before === '' && link !== '')) {
    const previous = previousSubject(index, clauseStart);
    if (previous) {
      via.source = borrowedFrom(text, clauseStart);
      return trimPhrase(previous + (before === '' ? '' : framed));
    }
  }
  // `全年为200家以上中小企业提供…`: a time word alone is no subject.
  const timeOnly = /^(?:全年|每年|年均|当年|今年|每季度|每月)$/u.test(before);
  const linked = link !== '' && !/^(?:的|在)$/.test(link) && !timeOnly;
  // `加强15%的中医馆内涵建设`, `在10%的社区卫生服务站设置中医阁`: a share of the things after it.
  const shareVerb = before.replace(/(?:在|对|为|使)$/u, '').replace(/^(?:探索|推动|鼓励|支持|引导)/u, '');
  if (target.kind === 'percent' && /^的/u.test(rawAfter) && afterUsable && !linked && shareVerb.length <= 4) {
    return trimPhrase(`${shareVerb}${after}的比例`);
  }
  const objectFirst = !linked && (target.kind === 'count' || target.kind === 'duration' || ACTION_BEFORE.test(before) || before === '' || timeOnly);
  // `按每张床位1万元给予一次性建设补贴`, `给予一次性奖励100万元`: an amount granted is the grant
  // (of its receiver, named before it or in the `对…，` clause before); a rate is its 标准.
  if (target.kind === 'money') {
    const grant = GRANT_AFTER.exec(rawAfter)?.groups?.g ?? GRANT_BEFORE.exec(before)?.groups?.g;
    if (grant !== undefined) {
      let receiver = before.replace(GRANT_BEFORE, '').replace(/(?:按照|按|的)$/u, '');
      if (receiver.length < 2) receiver = previousSubject(index, clauseStart) ?? receiver;
      return trimPhrase(`${receiver}${grant}${target.unit?.includes('/') ? '标准' : ''}`);
    }
  }
  if (target.kind === 'duration') {
    // `用2-5年左右的时间，X初步形成`, `经过5-10年时间，基本形成X`: the time X takes.
    const span = TIME_FRAME.exec(text.slice(target.end, target.end + 12));
    if (span && /(?:用|经过|通过|利用|花)$/u.test(text.slice(Math.max(0, target.start - 2), target.start))) {
      const from = target.end + span[0].length;
      const goal = trimPhrase(text.slice(from, clauseBoundaryAfter(index, from)).replace(LEADING_FRAME, '').replace(/[0-9０-９][\s\S]*$/u, ''));
      if (goal.length >= 4) return `${goal}所需时间`;
    }
    // `落实教师5年一周期的全员轮训制度`: the cycle of the scheme after it.
    if (/周期$/u.test(text.slice(target.start, target.end))) {
      const scheme = /^的?(.{2,20}?)(?:制度|机制)/u.exec(rawAfter)?.[1] ?? after;
      return trimPhrase(`${before}${scheme}周期`);
    }
    // `职业学校教师每年至少1个月在企业或实训基地实训`: the time spent on the activity after it.
    if (/^在/u.test(rawAfter) && after.length >= 3) return trimPhrase(`${before}${after}时间`);
  }
  // `一般欠薪案件30日内办结`, `3个工作日内响应`: a time limit on the verb after it.
  if (target.kind === 'duration' && /[内]$/u.test(text.slice(target.start, target.end)) && TIME_LIMIT_VERB.test(after)) {
    const subject = before !== '' ? before : (previousSubject(index, clauseStart) ?? '');
    return trimPhrase(`${subject}${after}时限`);
  }
  if (objectFirst && afterUsable) return objectPhrase(target, before, after);
  if (before.length >= 2 && !(ACTION_BEFORE.test(before) && before.replace(ACTION_BEFORE, '').length < 2)) {
    return target.kind === 'percent' ? shareOf(before, link) : before;
  }
  if (clauseStart > 0 && /[，,：:]/.test(text[clauseStart - 1]!)) {
    const previous = previousSubject(index, clauseStart);
    if (previous) {
      via.source = borrowedFrom(text, clauseStart);
      return previous;
    }
  }
  return after.length >= 2 ? after : before.length >= 2 ? before : null;
}

/** The object of a count or grant, with the clause's subject and verb in front when there is a subject. */
function objectPhrase(target: TargetCandidate, before: string, after: string): string {
  const core = objectCore(target, after);
  const verb = ACTION_BEFORE.exec(before)?.[0] ?? '';
  const subject = before.slice(0, before.length - verb.length);
  let phrase = verb !== '' && subject.replace(ADVERBS, '').length >= 2 ? `${before.replace(ADVERBS, '')}的${core}` : core;
  if (target.kind === 'count' && !MEASURE_ENDING.test(phrase)) phrase += target.unit === '次' ? '次数' : /^[人名位]$/.test(target.unit ?? '') ? '人数' : '数';
  return trimPhrase(phrase);
}

/**
 * The noun a number quantifies. A duration qualifies the noun right after it
 * (`3年以上企业工作经历的人员` → `企业工作经历`); a long object keeps its head after the last
 * `的` (`1个具备全日托养、日间照料等功能的综合养老服务中心` → `综合养老服务中心`).
 */
function objectCore(target: TargetCandidate, after: string): string {
  const first = after.indexOf('的');
  if (target.kind === 'duration') return first >= 2 ? after.slice(0, first) : after;
  const last = after.lastIndexOf('的');
  return after.length > 16 && last >= 0 && after.length - last - 1 >= 2 ? after.slice(last + 1) : after;
}

/** `学位容量达到高中阶段学位总数的50%`: what is a share of what, `学位容量占高中阶段学位总数的比例`. */
function shareOf(before: string, link: string): string {
  // `实践性教学课时占总课时一半以上`: a share named with 占 is its 比例.
  if (/^.{2,}占.{2,}$/u.test(before) && !/(?:比例|比重|占比|份额)$/u.test(before)) return `${before}比例`;
  if (!/的$/.test(link)) return before;
  const m = SHARE_OF.exec(before);
  return m ? `${m[1]}占${m[2]}的比例` : before;
}

/** The subject of the clause that ends just before `clauseStart` (after its `，`). */
function previousSubject(index: TextIndex, clauseStart: number): string | null {
  const { text } = index;
  // `…的薪酬分配：原则上不低于80%`: a label before a colon names what follows.
  if (clauseStart === 0 || !/[，,：:]/.test(text[clauseStart - 1]!)) return null;
  // Up to its own number, if it has one (`收集率达到70%以上，较2022年提高…`).
  const clause = withoutLeadingMarker(index, clauseBoundaryBefore(index, clauseStart - 1), clauseStart - 1).replace(/[0-9０-９][\s\S]*$/u, '');
  const previous = trimPhrase(clause.replace(LEADING_FRAME, '').replace(TRAILING_LINK, ''));
  // `较上一年增加，力争2023年达到80%`: a clause stating only a change has no subject to lend.
  return previous.length >= 2 && !SUBJECTLESS.test(previous) ? previous : null;
}

function trimPhrase(s: string): string {
  return s.replace(/^[\s\u3000“”"（）()、，,]+|[\s\u3000（(、，,]+$/gu, '').slice(-40);
}

/** Start of the element (phrase, label or cell: see segment/textIndex.ts) holding `offset`, at most 80 back. */
function clauseBoundaryBefore(index: TextIndex, offset: number): number {
  return Math.max(breakBefore(index, offset, 'element') + 1, offset - 80);
}

/** End of the element holding `offset` (its break), at most 80 ahead. */
function clauseBoundaryAfter(index: TextIndex, offset: number): number {
  return Math.min(breakAtOrAfter(index, offset, 'element'), offset + 80);
}

/**
 * Indicators in document order. A number joined to the previous one only by `和`/`、`
 * (`建成率分别达到100%和90%以上`) measures the same thing.
 */
export function indicatorsOf(candidates: readonly TargetCandidate[], index: TextIndex): Array<{ indicator: string | null; source: IndicatorSource | null }> {
  const { text } = index;
  const out: Array<{ indicator: string | null; source: IndicatorSource | null }> = [];
  // Dates stand inside the phrase (`排放较2020年下降19.5%`), so only other targets bound it.
  const quantities = candidates.filter((c) => c.kind !== 'date');
  const rank = new Map(quantities.map((c, k) => [c, k]));
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    const joined = previous !== undefined && previous.kind === c.kind && /^[\s\u3000]*[和及与、或]?[\s\u3000]*$/u.test(text.slice(previous.end, c.start));
    const k = rank.get(c) ?? -1;
    // A joined number shares the indicator of the one before, found the same way.
    out.push(joined && out[i - 1]?.indicator ? out[i - 1]! : indicatorFound(c, index, quantities[k + 1]?.start, quantities[k - 1]?.end));
  });
  return out;
}

/** indicator and indicatorSource: what the target measures, from its clause, sentence or label (when `options.indicators`). */
export const indicatorStep: ContextStep = {
  name: 'indicator',
  apply(targets, candidates, ctx) {
    if (!ctx.options.indicators) return;
    const found = indicatorsOf(candidates, ctx.index);
    for (let i = 0; i < targets.length; i++) {
      targets[i]!.indicator = found[i]?.indicator ?? null;
      targets[i]!.indicatorSource = found[i]?.source ?? null;
    }
  },
};
