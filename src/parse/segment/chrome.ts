// Web chrome around a document saved from a government site or crawled to markdown: breadcrumbs
// (当前位置), share and print buttons (分享到, 打印, 关闭), the page-metadata table (索引号, 文号,
// 发布日期, 浏览次数), footers (版权所有, ICP备, 网站标识码), side-bar link lists (相关链接), image
// names and URLs, percent-encoded text. None of it is the document; the page-metadata table still
// says what the document is (文号, 发文机关, 成文日期) when the body does not.
import { PAGE_LABELS, VIEW_COUNTER_LABELS } from '../../lexicon/pageFields.js';
import type { Line } from './lines.js';
import type { Span } from './spans.js';

export interface Chrome {
  /** Lines that are page furniture, by line index. */
  lines: Set<number>;
  /** The document's body: from its first to its last line that is not chrome (offsets into the text). */
  body: Span;
  /** Chrome spans (one per chrome line), in order. */
  spans: Span[];
  /** Fields of a page-metadata table or line (`| 文 号 | 某府发〔2023〕1号 |`, `发布日期：…`), keys without blanks. */
  fields: Map<string, string>;
}

const BREADCRUMB = /^(?:当前位置|您现在的位置|您的位置|现在位置|所在位置|位置)\s*[:：]|^(?:\[?首页\]?(?:\([^)]*\))?)\s*[>›»＞/]/;
const BUTTONS = /分享到|扫一扫|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]|打印本页|关闭窗口|字号\s*[:：]|【\s*大\s*】|\[\s*大\s*\]|收藏本页|返回顶部|点击下载|下载附件|^(?:打印|关闭|分享|收藏)(?:\s+(?:打印|关闭|分享|收藏|返回))*$/;
const FOOTER = /版权所有|Copyright|©|ICP\s*备|网站标识码|公网安备|网站地图|^联系我们$/i;
const SIDEBAR = /^(?:#{1,6}\s*)?(?:相关链接|相关新闻|相关文件|相关阅读|相关稿件|推荐阅读|热点新闻|热门文章|最新文件|上一篇|下一篇|相关解读|政策解读)\s*[:：]?\s*$|^(?:上一篇|下一篇)\s*[:：]/;
/** Field names of a page-metadata block, letters spaced out or not (`| 文 号 |`). */
const FIELD = new RegExp(`^(?:${PAGE_LABELS.map((label) => [...label].join('\\s*')).join('|')})$`);
const COUNTER = VIEW_COUNTER_LABELS.join('|');
const PUBLISH_LINE = new RegExp(`(?:发布日期|发布时间|时间|来源|${COUNTER}|作者|信息来源|字号)\\s*[:：]`, 'g');
/** A view counter (`浏览次数：12`): only a web page has one. */
const VIEW_COUNTER = new RegExp(COUNTER);
/** A page-metadata field written as a list item, its value on the next line (`• 发文字号:` / `镇政发〔2024〕7号`). */
const KEY_LINE = /^(?:[-*+•·]\s*)?([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,6})\s*[:：]\s*(.*)$/;
const IMAGE = /^!\[[^\]]*\]\([^)]*\)$|^\S+\.(?:jpe?g|png|gif|bmp|webp)$/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const LINKS_ONLY = /^(?:[-*+]\s*|\d+[.、]\s*)?(?:\[[^\]]*\]\([^)]*\)[\s|·、,，>›»＞/-]*)+$/;

function isTableRow(value: string): boolean {
  return /^\|.*\|$/.test(value);
}

/** Cells of a markdown table row (`| 文 号 | 某府发〔2023〕1号 |`), separator rows give none. */
function tableCells(value: string): string[] {
  if (/^\|[\s|:-]*\|$/.test(value)) return [];
  return value.slice(1, -1).split('|').map((c) => c.trim());
}

/** `key：value` pairs of a line (`发布日期：2023-10-20  来源：市政府办公室  浏览次数：12`). */
function lineFields(value: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const starts = [...value.matchAll(/([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,6}?)\s*[:：]\s*/g)];
  starts.forEach((m, i) => {
    const key = m[1].replace(/\s+/g, '');
    const end = starts[i + 1]?.index ?? value.length;
    out.push([key, value.slice(m.index + m[0].length, end).trim()]);
  });
  return out;
}

/** Mostly percent-encoding (a URL's Chinese as `%E6%9F%90…`), not a line that merely links to one. */
function isPercentEncoded(value: string): boolean {
  const codes = (value.match(/%[0-9A-Fa-f]{2}/g) ?? []).length;
  const outsideLinks = value.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(/%[0-9A-Fa-f]{2}/g, '');
  return codes >= 6 && !/[\u4e00-\u9fff]/.test(outsideLinks);
}

/** Chrome of one line, and the page-metadata fields it carries. */
function classify(value: string, fields: Map<string, string>): boolean {
  if (isTableRow(value)) {
    const cells = tableCells(value);
    const keys = cells.filter((c, i) => i % 2 === 0 && FIELD.test(c.replace(/\*\*/g, '')));
    if (cells.length === 0) return true; // a separator row: chrome if its table is
    if (keys.length === 0) return false;
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const key = cells[i].replace(/[\s*]+/g, '');
      if (FIELD.test(cells[i].replace(/\*\*/g, '')) && cells[i + 1]) fields.set(key, cells[i + 1].replace(/\*\*/g, '').trim());
    }
    return true;
  }
  if (BREADCRUMB.test(value) || BUTTONS.test(value) || FOOTER.test(value) || SIDEBAR.test(value)) return true;
  // (a link naming an attachment, `[附件1：任务清单](…)`, is the document's own attachment line)
  if (IMAGE.test(value) || URL_ONLY.test(value) || isPercentEncoded(value)) return true;
  if (LINKS_ONLY.test(value) && !/^(?:[-*+]\s*)?\[\s*附\s*件/.test(value)) return true;
  const publish = value.match(PUBLISH_LINE) ?? [];
  if (publish.length >= 2 || VIEW_COUNTER.test(value)) {
    for (const [k, v] of lineFields(value)) if (FIELD.test(k) && v) fields.set(k, v);
    return true;
  }
  return false;
}

/**
 * Chrome lines of the page and the body between them. A side-bar list (`相关链接` and the link
 * lines after it) is chrome up to the next line that is neither a link nor blank.
 */
export function findChrome(text: string, lines: readonly Line[]): Chrome {
  const chrome = new Set<number>();
  const fields = new Map<string, string>();
  let inSidebar = false;
  let tableChrome = false;
  let pendingKey: string | null = null;
  for (const line of lines) {
    const value = line.text.trim();
    if (value === '') continue;
    if (inSidebar) {
      // Link lines, list items, or short news titles (with their dates) of the side bar.
      if (LINKS_ONLY.test(value) || /^[-*+]\s/.test(value) || (value.length <= 40 && !/[。；：:]/.test(value))) {
        chrome.add(line.index);
        continue;
      }
      inSidebar = false;
    }
    const key = KEY_LINE.exec(value);
    if (key && FIELD.test(key[1].replace(/\s+/g, '')) && (key[2] === '' || /^[-*+•·]/.test(value))) {
      chrome.add(line.index);
      if (key[2]) fields.set(key[1].replace(/\s+/g, ''), key[2].trim());
      else pendingKey = key[1].replace(/\s+/g, '');
      continue;
    }
    if (pendingKey !== null) {
      // The value of the key line above (unless the body starts here).
      const k = pendingKey;
      pendingKey = null;
      if (value.length <= 60 && !/[。；]$/.test(value)) {
        chrome.add(line.index);
        fields.set(k, value.replace(/^[-*+•·]\s*/, ''));
        continue;
      }
    }
    const isChrome = classify(value, fields);
    // A markdown table's separator row belongs to the table it sits in.
    if (isTableRow(value) && tableCells(value).length === 0 && !tableChrome) continue;
    if (isTableRow(value)) tableChrome = isChrome;
    else tableChrome = false;
    if (!isChrome) continue;
    chrome.add(line.index);
    if (SIDEBAR.test(value)) inSidebar = true;
  }
  const kept = lines.filter((l) => !chrome.has(l.index) && l.text.trim() !== '');
  const body = kept.length ? { start: kept[0].start, end: kept[kept.length - 1].end } : { start: 0, end: 0 };
  const spans = lines.filter((l) => chrome.has(l.index)).map((l) => ({ start: l.start, end: l.end }));
  return { lines: chrome, body, spans, fields };
}

/** The lines with chrome lines blanked (same indices and offsets), so paragraphs never hold chrome. */
export function withoutChrome(lines: readonly Line[], chrome: Chrome): Line[] {
  if (chrome.lines.size === 0) return lines as Line[];
  return lines.map((l) => (chrome.lines.has(l.index) ? { index: l.index, start: l.start, end: l.start, text: '' } : l));
}
