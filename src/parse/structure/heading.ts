// The run-in heading of a numbered paragraph.
import { boundaryCandidates, vocabularyHeading } from '../segment/headingBoundary.js';
import { trimSpan } from '../segment/spans.js';
import { LIST_LABEL } from '../lexicon/responsibility.js';

const TRAILING = /[。；;：:，,、\s\u3000]+$/u;
const EMPHASIS = /(\*\*|__)/g;
/** A due date or a preposition opening the body right after a vocabulary heading (`工作目标到2025年，…`). */
const DATE_OR_BASIS = /^(?:到|至|力争|确保|通过|围绕|按照|依托|根据|坚持|以|为|(?:19|20)\d{2}年)/;

/** No bracket left open: a colon inside brackets (`（10:00前）`) closes nothing. */
const balanced = (value: string) => (value.match(/[（(【〔［[]/g)?.length ?? 0) === (value.match(/[）)】〕］\]]/g)?.length ?? 0);

/** Longest heading that a colon closes: a unit's or a topic's name, not a sentence. */
const MAX_COLON_HEADING = 40;

export interface RunInHeading {
  heading: string;
  /** Glued text only: lengths at which the heading could end instead (the outline picks by rhythm). */
  candidates: number[];
}

/**
 * The heading of a numbered paragraph whose marker ends at `from` and whose paragraph ends at
 * `to`: up to the first 。 when the paragraph has one (or a colon closing a short heading before it),
 * else the whole paragraph; without markdown
 * emphasis and without trailing 。；：. A heading vocabulary word (总体要求, 工作目标…) followed by the
 * body's due date or preposition is the whole heading; in `glued` text (line breaks lost) the
 * heading may end where the body opens, with no punctuation.
 */
export function runInHeading(text: string, from: number, to: number, glued = false): RunInHeading {
  const span = trimSpan(text, from, to);
  const body = text.slice(span.start, span.end).replace(EMPHASIS, '').replace(/^[\s\u3000]+/, '');
  const period = body.indexOf('。');
  // A short run-in heading closed by a colon (`市工信局：落实…`, `行动目标：到2025年…`) ends there.
  const colon = body.search(/[：:]/);
  const beforeColon = colon > 0 ? body.slice(0, colon) : '';
  const byColon = colon > 0 && (period < 0 || colon < period) && colon <= MAX_COLON_HEADING && !/[，,；;]/.test(beforeColon) && balanced(beforeColon);
  // A responsibility label glued after the heading (`深化数据共享责任单位：…`) is the list's, not the heading's.
  const label = byColon ? LIST_LABEL.exec(body.slice(0, colon + 1)) : null;
  const stop = byColon ? (label && label.index > 0 ? label.index : colon) : period;
  const head = (stop >= 0 ? body.slice(0, stop) : body).replace(TRAILING, '').trim();
  const word = vocabularyHeading(head);
  if (word !== null && (glued || DATE_OR_BASIS.test(head.slice(word)))) return { heading: head.slice(0, word), candidates: [] };
  // Only a head that runs on into more text can hold its body; a piece that is all heading is one.
  if (!glued || stop < 0) return { heading: head, candidates: [] };
  const clause = head.split(/[，,、；;：:]/)[0];
  return { heading: head, candidates: boundaryCandidates(clause) };
}

export function headingOf(text: string, from: number, to: number, glued = false): string {
  return runInHeading(text, from, to, glued).heading;
}
