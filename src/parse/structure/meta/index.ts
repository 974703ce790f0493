// Metadata of a plan: title, document number, issuer and date, recipients, draft, period, basis.
import type { Meta } from '../../../schema/meta.js';
import { DOC_NUMBER } from '../../../lexicon/docNumber.js';
import { PAGE_FIELD_LABELS } from '../../../lexicon/pageFields.js';
import type { Paragraph } from '../../segment/paragraphs.js';
import { lastDateLine, type NoticeWrapper } from '../../segment/noticeWrapper.js';
import { isTitleLike, type TitleBlock } from '../../segment/titleBlock.js';
import { docNumberOf } from '../../lexicon/docNumber.js';
import { DOCUMENT_TYPE } from '../../lexicon/headings.js';
import { NOTICE_TITLE_END, TRANSMITTAL_VERB } from '../../lexicon/notice.js';
import { isoDateOf } from '../../numbers/dates.js';
import { extractBasis } from './basis.js';
import { isOrganLine } from '../../lexicon/organs.js';
import { organsOf, organTail } from './organs.js';
import { splitRecipients } from './recipients.js';

export interface MetaInput {
  text: string;
  paragraphs: readonly Paragraph[];
  block: TitleBlock;
  /** Index of the first section paragraph (or paragraphs.length). */
  firstSection: number;
  /** The notice wrapper before the title block (the layout's). */
  wrapper: NoticeWrapper;
  /** A signature block after the body (plans issued without a notice), if any. */
  trailingSignature: Signature | null;
  /** Fields of the web page's metadata table (文号, 发文机关, 成文日期…), read where the text says nothing. */
  pageFields?: ReadonlyMap<string, string>;
}

/** `2023年10月19日`, `2023-10-19`, `2023/10/19` (a time after it ignored) → ISO, or null. */
function pageDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(value);
  return m ? isoDateOf(`${m[1]}年${m[2]}月${m[3]}日`) : null;
}

/**
 * A news-style lead in place of the notice (`日前，某市人民政府办公室印发了《…方案》（某府办发〔2021〕105 号）。
 * 方案具体如下：`): the plan's title, its 文号 and the issuing organ.
 */
const NEWS_LEAD = new RegExp(
  `^(日前|近日|近期|前不久|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[，,]?\\s*([^，。；《》]{2,40}?)(?:联合)?(?:印发|发布|出台)了?《([^》]+)》(?:[ \\t\\u3000]*[（(][ \\t\\u3000]*(${DOC_NUMBER})[ \\t\\u3000]*[）)])?`,
);

function newsLead(paragraphs: readonly Paragraph[]) {
  for (const p of paragraphs.slice(0, 3)) {
    const m = NEWS_LEAD.exec(p.text.trim());
    // A news opener (日前，) or a lead that hands over to the text (`方案具体如下：`), not a basis sentence.
    if (!m || (!m[1] && !/如下[：:]$/.test(p.text.trim()))) continue;
    return { title: m[3], docNumber: m[4] ? m[4].replace(/[\s\u3000]+/g, '') : null, issuer: isOrganLine(m[2]) ? organsOf(m[2]).join('、') : null };
  }
  return null;
}

function pageMeta(fields: ReadonlyMap<string, string> | undefined) {
  const get = (labels: readonly string[]) => labels.map((k) => fields?.get(k)).find((v) => v && v.trim() && !/^[-—/无]$/.test(v.trim()));
  const { title, docNumber, issuer, issueDate, published } = PAGE_FIELD_LABELS;
  const number = get(docNumber);
  return {
    docNumber: number ? docNumberOf(number) : null,
    issuer: get(issuer) ?? null,
    // (the day the page published it, where the page gives no issue date)
    issueDate: pageDate(get([...issueDate, ...published])),
    title: get(title) ?? null,
  };
}

export interface Signature {
  issuer: string | null;
  issueDate: string | null;
}

const NOTICE_TITLE = new RegExp(`(?:关于)?${TRANSMITTAL_VERB}《?(.+?)》?${NOTICE_TITLE_END}$`);
const DRAFT = /征求意见稿|征求意见|草案|送审稿|讨论稿/;
// 一 between two years is a dash that OCR read as the numeral (`2021一2025年`).
const PERIOD = /((?:19|20)\d{2})[ \t\u3000]*(?:年)?[ \t\u3000]*[-—–－~～至到一][ \t\u3000]*((?:19|20)\d{2})[ \t\u3000]*年?/;

/** The signature dated by the date-only paragraph `date`: the organ lines just above it. */
function signatureAt(paragraphs: readonly Paragraph[], date: number): Signature {
  const organs: string[] = [];
  for (let j = date - 1; j >= 0 && date - j <= 4; j--) {
    // In flattened text the line above the date may begin with the end of the attachment's title.
    const names = j === date - 1 ? organTail(paragraphs[j].text) : paragraphs[j].text;
    if (!isOrganLine(names)) break;
    organs.unshift(...organsOf(names));
    if (names !== paragraphs[j].text.trim()) break;
  }
  return { issuer: organs.length ? organs.join('、') : null, issueDate: isoDateOf(paragraphs[date].text) };
}

/** Signature block among `paragraphs`: the last date-only line, and the organ lines just above it. */
export function findSignature(paragraphs: readonly Paragraph[]): Signature | null {
  const date = lastDateLine(paragraphs);
  return date < 0 ? null : signatureAt(paragraphs, date);
}

/** A draft status or a markdown heading mark written on the title line is not part of the title. */
const TITLE_NOISE = /^#{1,6}\s*|\*\*|__|[（(](?:征求意见稿|征求意见|草案|送审稿|讨论稿)[）)]$/g;

function planTitle(raw: string | null, header: readonly Paragraph[]): string | null {
  const title = raw ? raw.replace(TITLE_NOISE, '').trim() || null : null;
  const notice = title ? NOTICE_TITLE.exec(title) : null;
  if (notice) return notice[1].replace(/^《|》$/g, '');
  if (title) return title;
  for (const p of header) {
    const cited = /^《([^》]+)》(?:已经|经)/.exec(p.text) ?? NOTICE_TITLE.exec(p.text);
    if (cited) return cited[1];
  }
  return noticeTitle(header);
}

/** A joined title names its subject (`关于…`) or its genre. */
const NOTICE_TITLE_WORD = new RegExp(`关于|${DOCUMENT_TYPE}`);

/** A notice or 意见 that wraps no plan: its own title (the lines before its number or 主送 line). */
function noticeTitle(header: readonly Paragraph[]): string | null {
  const lines: string[] = [];
  for (const p of header) {
    // (a 文号 or a 主送 line is not title-like: the title ends before them)
    if (!isTitleLike(p.text) || lines.length >= 3) break;
    if (lines.length > 0 && isOrganLine(p.text)) break; // the signature under a standalone plan's title
    lines.push(p.text.trim());
  }
  // The title as written, its issuer included (`国务院关于…的指导意见`: GB/T 9704's organ + subject + genre).
  const joined = lines.join('');
  return NOTICE_TITLE_WORD.test(joined) ? joined : null;
}

const TRANSMITS = new RegExp(TRANSMITTAL_VERB);

/** The issuer named before 关于 in the notice title (`某市某区人民政府关于印发…`). */
function issuerOfNoticeTitle(header: readonly Paragraph[], block: TitleBlock): string | null {
  const lines = [...header, ...block.titleParagraphs];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i].text.indexOf('关于');
    if (at < 0 || !TRANSMITS.test(lines[i].text + (lines[i + 1]?.text ?? ''))) continue;
    if (at > 0 && isOrganLine(lines[i].text.slice(0, at))) return organsOf(lines[i].text.slice(0, at)).join('、');
    if (at === 0 && i > 0 && isOrganLine(lines[i - 1].text)) return organsOf(lines[i - 1].text).join('、');
  }
  return null;
}

const titleKey = (value: string): string => value.replace(/[\s\u3000*#_]+/g, '').replace(/[-—–－~～]/g, '-');

/**
 * A plan title broken over lines with a blank line between them (`…示范区` / `深化建设三年行动计划…`):
 * the block kept only the last line. The notice cites the whole title, so earlier title-like lines
 * are joined back while the result is still the end of that cited title.
 */
function wholeTitle(paragraphs: readonly Paragraph[], block: TitleBlock, header: readonly Paragraph[]): string | null {
  if (!block.title || block.titleParagraphs.length === 0) return block.title;
  const cited = header.map((p) => /《([^》]+)》/.exec(p.text)?.[1] ?? NOTICE_TITLE.exec(p.text)?.[1]).find(Boolean);
  if (!cited) return block.title;
  const target = titleKey(cited);
  let title = block.title;
  let first = paragraphs.indexOf(block.titleParagraphs[0]);
  while (first > 0 && titleKey(title) !== target) {
    const before = paragraphs[first - 1].text.trim();
    const joined = before + title;
    if (!isTitleLike(before) || !target.endsWith(titleKey(joined))) break;
    title = joined;
    first--;
  }
  return target.endsWith(titleKey(title)) ? title : block.title;
}

export function extractMeta(input: MetaInput): Meta {
  const { text, paragraphs, block, firstSection, wrapper } = input;
  const header = paragraphs.slice(0, block.first);
  const titleBlockText = [...block.titleParagraphs, ...block.extras].map((p) => p.text).join('\n');

  const signature = (wrapper.signatureDate === null ? null : signatureAt(paragraphs, wrapper.signatureDate)) ?? input.trailingSignature;
  const docNumber = wrapper.docNumber?.value ?? null;
  const recipientAt = wrapper.recipients ?? -1;
  // A long 主送 list may wrap: lines ending in 、，, before the colon line belong to it.
  let recipientFrom = recipientAt;
  while (recipientFrom > 0 && recipientAt - recipientFrom < 3 && /[、，,]$/.test(header[recipientFrom - 1].text)) recipientFrom--;
  // A name broken mid-word (`…，各有关` / `单位：`): a short last line continues a list line above it.
  if (recipientFrom === recipientAt && recipientAt > 0 && header[recipientAt].text.length <= 6) {
    const above = header[recipientAt - 1].text;
    if (/[、，,]/.test(above) && !/[。：:；;]/.test(above) && above.length <= 200 && !docNumberOf(above)) recipientFrom--;
  }
  const recipientText = recipientAt >= 0 ? header.slice(recipientFrom, recipientAt + 1).map((p) => p.text).join('') : null;
  const period = PERIOD.exec(titleBlockText);

  const preamble = paragraphs.slice(block.next, firstSection);
  const preambleText = preamble.length ? text.slice(preamble[0].start, preamble[preamble.length - 1].end) : '';

  const page = pageMeta(input.pageFields);
  const lead = newsLead(paragraphs.slice(0, firstSection));
  return {
    title: planTitle(wholeTitle(paragraphs, block, header), header) ?? lead?.title ?? (page.title ? planTitle(page.title, []) : null),
    docNumber: docNumber ?? lead?.docNumber ?? page.docNumber,
    issuer: signature?.issuer ?? issuerOfNoticeTitle(header, block) ?? lead?.issuer ?? page.issuer,
    issueDate: signature?.issueDate ?? page.issueDate,
    recipients: recipientText ? splitRecipients(recipientText) : [],
    draft: DRAFT.test(titleBlockText) || header.some((p) => DRAFT.test(p.text) && p.text.length <= 80),
    period: period ? { start: Number(period[1]), end: Number(period[2]) } : null,
    basis: extractBasis(preambleText),
  };
}
