import type { ScanText, TargetCandidate, TargetRefiner } from '../candidate.js';
import { breakBefore } from '../../segment/textIndex.js';
import { CAP_TO, COMPARATOR_AFTER as AFTER, COMPARATOR_BEFORE as BEFORE, GRANT_CAP } from '../../lexicon/comparators.js';

/**
 * A comparator verb that governs a number further on: `达到高中阶段学位总数的50%`; not
 * 最低/最高, which there qualify a noun (`最低工资标准的60%`).
 */
const GOVERNING = new RegExp(
  `(${BEFORE.map(([w]) => w).filter((w) => w.length > 1 && !w.startsWith('最')).join('|')})[^，。；,;：:]{1,30}的\\s*$`,
  'u',
);

/** `达到企业现有在职职工人数25%`: the same verb before a count noun and a percent, the 的 left out. */
const GOVERNING_SHARE = new RegExp(
  `(${BEFORE.map(([w]) => w).filter((w) => w.length > 1 && !w.startsWith('最')).join('|')})[^，。；,;：:0-9０-９]{1,30}(?:人数|总数|数量|总量|总额|总值)\\s*$`,
  'u',
);

/**
 * Comparator words next to a number join its span and set its comparator
 * (`不低于30%`, `3000人以上`, `20家左右`); a verb earlier in the clause that governs the
 * number through `…的` sets the comparator without widening the span. Dates have none.
 */
export const attachComparators: TargetRefiner = {
  name: 'attachComparators',
  refine(candidates, scan) {
    const refined: TargetCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) refined.push(refineOne(candidates, refined, i, scan));
    return refined;
  },
};

/** One candidate, its neighbours in `candidates` and the ones before it already refined in `done`. */
function refineOne(candidates: readonly TargetCandidate[], done: readonly TargetCandidate[], i: number, scan: ScanText): TargetCandidate {
  const c = candidates[i]!;
  if (c.kind === 'date') return c;
  const floor = i > 0 ? candidates[i - 1]!.end : 0;
  const ceiling = i + 1 < candidates.length ? candidates[i + 1]!.start : scan.text.length;
  const out: TargetCandidate = { ...c };
  const before = BEFORE.find(([w]) => out.start - w.length >= floor && scan.text.slice(out.start - w.length, out.start) === w);
  const afterText = scan.text.slice(out.end, Math.min(ceiling, out.end + 3));
  let after = AFTER.find(([w]) => afterText.startsWith(w));
  let limit = false;
  if (!after && c.kind === 'duration' && afterText.startsWith('内')) {
    after = ['内', 'lte'];
  }
  if (after) {
    out.end += after[0].length;
    if (c.kind === 'duration' && after[1] === 'lte') limit = true;
  }
  if (before) out.start -= before[0].length;
  if (before && after) out.comparator = before[2] ? after[1] : before[1];
  else if (before) out.comparator = before[1];
  else if (after) out.comparator = after[1];
  else if (c.comparator === 'eq') {
    const clauseStart = Math.max(floor, elementStart(scan, c.start));
    const lead = scan.text.slice(clauseStart, c.start);
    const governing = GOVERNING.exec(lead) ?? (c.kind === 'percent' ? GOVERNING_SHARE.exec(lead) : null);
    if (governing) out.comparator = BEFORE.find(([w]) => w === governing[1])![1];
    // `至少建设1个`: an adverb of minimum before the verb of the number.
    else if (/(?:至少|最少)[\u4e00-\u9fff]{1,4}$/u.test(scan.text.slice(clauseStart, c.start))) out.comparator = 'gte';
    // `最高补贴500万元`: a cap before the verb of granting; not `最高…的` (a noun's level).
    else if (GRANT_CAP.test(scan.text.slice(clauseStart, c.start))) out.comparator = 'lte';
    // `最长放宽至3个月`, `最多延长到2年`: a cap on how far a verb of change goes.
    else if (CAP_TO.test(scan.text.slice(clauseStart, c.start))) out.comparator = 'lte';
    // `分别达到65%和55%`: a number joined to the one before only by 和/、 shares the verb before it.
    else if (i > 0 && sharesVerb(scan, candidates[i - 1]!, done[i - 1]!, c)) out.comparator = done[i - 1]!.comparator;
  }
  // `用2-5年左右的时间`, `5-10年内`: the duration is itself the time frame.
  if (c.kind === 'duration') {
    const tail = scan.text.slice(out.end, out.end + 4);
    const head = scan.text.slice(Math.max(0, c.start - 2), c.start);
    out.timeLimit = limit || /^(的)?时间/.test(tail) || /(用|经过|在)$/.test(head);
  }
  return out;
}

/**
 * `达到65%和55%`: `next` follows `previous` (of its kind) with only 和/及/与/、 between, and the
 * previous took its comparator from a word before it, not from one after it (`3家以上和5家`).
 */
function sharesVerb(scan: ScanText, previous: TargetCandidate, refinedPrevious: TargetCandidate, next: TargetCandidate): boolean {
  return (
    previous.kind === next.kind &&
    refinedPrevious.comparator !== 'eq' &&
    refinedPrevious.start < previous.start &&
    refinedPrevious.end === previous.end &&
    /^[\s\u3000]*(?:和|及|与|、)[\s\u3000]*$/u.test(scan.text.slice(previous.end, next.start))
  );
}

/** Start of the element holding `offset` (see segment/textIndex.ts), looked for up to 60 back. */
function elementStart(scan: ScanText, offset: number): number {
  const b = breakBefore(scan.index, offset, 'element');
  return b > offset - 60 ? b + 1 : Math.max(0, offset - 60);
}
