// Where the paragraphs of a notice wrapper and title block used to break, in a document whose
// line breaks were deleted outright (`…的通知桐政办发〔2023〕8号各乡镇人民政府…：《…》…实施。
// 桐庐县人民政府办公室2023年2月20日桐庐县…工作方案为深入贯彻…`). Each cut follows a convention
// of official writing: a notice title ends in 通知, a 文号 in 号, the 主送 line in a colon, the
// signature is an organ then a date, a plan title ends in its genre word and the preamble opens
// with 为 / 根据 / 按照.

import { YEAR_AND_SERIAL } from '../../lexicon/docNumber.js';
import { ATTACHMENT_LABEL, ATTACHMENT_WORD, DOCUMENT_TYPE } from '../lexicon/headings.js';
import { NOTICE_TITLE_END } from '../lexicon/notice.js';
import { ORGAN_ENDING } from '../lexicon/organs.js';
import { WRITTEN_DATE } from '../numbers/dates.js';

// (a title or number cited inside a sentence is followed by punctuation or a closing bracket)
const NOTICE_END = new RegExp(`${NOTICE_TITLE_END}(?=[^》”"）)，。；：、])`, 'g');
const DOC_NUMBER_END = new RegExp(`${YEAR_AND_SERIAL}(?=[^，。；：、》）)])`, 'g');
const SIGNATURE_DATE = new RegExp(WRITTEN_DATE, 'g');
const ORGAN_BEFORE = new RegExp(`${ORGAN_ENDING}$`);
/**
 * An attachment label opening a part (`附件`, `附件2：`) glued to the title after it: after a sentence
 * end or a blank, or numbered right after the list before it (`…电力公司附件2中共…`); never a
 * citation inside a sentence (`见附件2`).
 */
const GLUED_ATTACHMENT_LABEL = new RegExp(
  `(?:(?<=^|[。；！？）)\\s])${ATTACHMENT_LABEL}|(?<![见如详按据照的及和与、])${ATTACHMENT_WORD}\\s*[0-9０-９]{1,2})\\s*[:：]?(?=[\\u4e00-\\u9fff《“])`,
  'g',
);
const TITLE_THEN_PREAMBLE = new RegExp(`${DOCUMENT_TYPE}(?:[（(][^（）()。]{1,12}[）)])*(?=为|根据|按照|依据|近年来|当前|围绕)`, 'g');

/** Cut offsets (absolute) inside `text[start, end)`, the header part of a glued line. */
export function headerCuts(text: string, start: number, end: number): number[] {
  const head = text.slice(start, end);
  const cuts: number[] = [];
  const at = (i: number) => start + i;
  let m: RegExpExecArray | null;

  NOTICE_END.lastIndex = 0;
  while ((m = NOTICE_END.exec(head)) !== null) cuts.push(at(m.index + m[0].length));

  DOC_NUMBER_END.lastIndex = 0;
  while ((m = DOC_NUMBER_END.exec(head)) !== null) {
    const after = m.index + m[0].length;
    cuts.push(at(after));
    // The 主送 line runs from the number to the first colon, if no sentence ends before it.
    const colon = head.slice(after).search(/[：:]/);
    const stop = head.slice(after).search(/[。]/);
    if (colon > 0 && (stop < 0 || colon < stop)) cuts.push(at(after + colon + 1));
  }

  SIGNATURE_DATE.lastIndex = 0;
  while ((m = SIGNATURE_DATE.exec(head)) !== null) {
    const before = head.slice(0, m.index).replace(/\s+$/, '');
    if (!ORGAN_BEFORE.test(before)) continue;
    // The organ runs back to the sentence before it.
    // (nor a contact phone number glued before it: `联系电话：81085234广州市卫生健康委员会`)
    let organStart = before.search(/[^。：:，,；;0-9０-９]*$/);
    while (/\s/.test(before[organStart] ?? '')) organStart++;
    cuts.push(at(organStart), at(m.index), at(m.index + m[0].length));
  }

  // `附件国网…工作方案根据…`: a plan sent as an attachment opens with its label, its own paragraph.
  GLUED_ATTACHMENT_LABEL.lastIndex = 0;
  while ((m = GLUED_ATTACHMENT_LABEL.exec(head)) !== null) cuts.push(at(m.index), at(m.index + m[0].length));

  TITLE_THEN_PREAMBLE.lastIndex = 0;
  let titleEnd = -1;
  while ((m = TITLE_THEN_PREAMBLE.exec(head)) !== null) {
    titleEnd = m.index + m[0].length;
    cuts.push(at(titleEnd));
    // `（2021-2025年）（征求意见稿）` after the title: lines of the title block of their own.
    for (const group of m[0].matchAll(/[（(][^（）()]*[）)]/g)) cuts.push(at(m.index + group.index));
  }
  // Before the plan's title every sentence of the notice is its own paragraph; a 主送 line with
  // no 文号 before it opens the text and ends at the first colon.
  for (let i = head.indexOf('。'); i >= 0 && i < titleEnd; i = head.indexOf('。', i + 1)) cuts.push(at(i + 1));
  const firstColon = head.search(/[：:]/);
  const firstStop = head.indexOf('。');
  if (firstColon > 0 && (firstStop < 0 || firstColon < firstStop) && /[、，,]/.test(head.slice(0, firstColon))) cuts.push(at(firstColon + 1));
  // Bracketed publication notes (`（此件公开发布）`) stand alone.
  for (const note of head.matchAll(/[（(]此件[^（）()]{0,10}[）)]/g)) cuts.push(at(note.index), at(note.index + note[0].length));

  return cuts.filter((c) => c > start && c < end);
}
