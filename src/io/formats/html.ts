// A government web page → the text of the document it publishes. The page is parsed with
// htmlparser2 (loaded on first use), the chrome around the article (navigation, breadcrumbs,
// share bars, related-news lists, footers, scripts, styles) is dropped, the article container
// is found by where the running text is, and it is rendered as a reader sees it: block
// elements and <br> end lines, tables become tab-separated rows with merged cells filled.
import { createRequire } from 'node:module';
import { decode } from '../decode.js';
import { PolicyParseError } from '../../errors.js';
import { LineBuilder, gridLines, joinCellLines, joinInline } from './lines.js';
import type { ExtractedText, MetaHints } from './hints.js';
import { DOC_NUMBER_LINE } from '../../lexicon/docNumber.js';
import { PAGE_FIELD_LABELS, PAGE_LABELS, VIEW_COUNTER_LABELS, type PageField } from '../../lexicon/pageFields.js';

/** The parts of a domhandler node read here. */
interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  parent?: DomNode | null;
}

type ParseDocument = (html: string, options?: { decodeEntities?: boolean; xmlMode?: boolean }) => DomNode;
let parseDocumentFn: ParseDocument | null = null;
function parseHtml(html: string): DomNode {
  parseDocumentFn ??= (createRequire(import.meta.url)('htmlparser2') as { parseDocument: ParseDocument }).parseDocument;
  return parseDocumentFn(html, { decodeEntities: true });
}

const isElement = (n: DomNode) => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Never document text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'canvas',
  'head', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'map', 'audio', 'video', 'header',
]);

/** Class or id of page chrome (English and pinyin names the publishing platforms use). */
const CHROME = /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|dqwz|weizhi|location|share|bshare|jiathis|fenxiang|footer|foot|bottom|copyright|related|relevant|xgxw|xgwj|xglj|xgwz|sidebar|side|toolbar|tools|print|qrcode|ewm|erweima|search|login|topbar|banner|pager|pagination|fontsize|zihao|font|date|pubdate|pubtime|time)(?:[-_\s\d]|$)/i;
/** Short text that is only chrome. */
const CHROME_TEXT = new RegExp(
  `^(?:当前位置|您的位置|你的位置|所在位置|首页\\s*[>＞»]|分享到|【\\s*打印|打印本页|关闭窗口|【\\s*关闭|字号|扫一扫|(?:信息)?来源[:：]|发布时间[:：]|${VIEW_COUNTER_LABELS.join('|')})`,
);

/** The byline under a title: a publishing date and time with its source, author or counter. */
const BYLINE = /(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}[\s\S]*(?:来源|作者|浏览|点击|字体|字号)|(?:来源|作者)[:：][\s\S]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}/;

/** Class or id of the article container on common government publishing platforms. */
const KNOWN_BODY = /^(?:zoom\w*|UCAP-CONTENT|TRS_Editor|TRS_UEDITOR|Custom_UnionStyle|(?:article|content|detail|news|pages|xxgk|zw|main|wz|art)[-_]?(?:content|con|body|text|txt|main|nr|zw|detail)|detail[-_]?text[-_]?content|zhengwen|zwnr|wzcon|nrzw|view|con|nr|content|article|text|zw)$/i;

/** True when a class token or the id names an article container. */
const isKnownBody = (e: DomNode) => KNOWN_BODY.test(e.attribs?.id ?? '') || (e.attribs?.class ?? '').split(/\s+/).some((token) => KNOWN_BODY.test(token));

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'section', 'article',
  'blockquote', 'pre', 'center', 'hr', 'address', 'figure', 'figcaption', 'main', 'caption', 'tbody', 'thead', 'tfoot',
  'td', 'th', 'body', 'html', 'fieldset', 'legend', 'details', 'summary',
]);

/** Chinese characters in `s` (counted by code unit: no match arrays, this runs on every text node). */
function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
  }
  return n;
}

function classAndId(n: DomNode): string {
  return `${n.attribs?.class ?? ''} ${n.attribs?.id ?? ''}`.trim();
}

/** All text below `n` (dropped parts included), as one string. */
function rawText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (!n.children || n.type === 'comment') return '';
  let out = '';
  for (const c of n.children) out += rawText(c);
  return out;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/** Characters of `s` that are not white space (what `squash` keeps). */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000)) n++;
  }
  return n;
}

/** Text below `n` when it has at most `limit` visible characters, else null (stops early). */
function shortText(n: DomNode, limit: number): string | null {
  const parts: string[] = [];
  let visible = 0;
  const stack: DomNode[] = [n];
  while (stack.length) {
    const m = stack.pop() as DomNode;
    if (m.type === 'text') {
      visible += visibleLength(m.data ?? '');
      if (visible > limit) return null;
      parts.push(m.data ?? '');
    } else if (m.type !== 'comment' && m.children) {
      for (let i = m.children.length - 1; i >= 0; i--) stack.push(m.children[i]);
    }
  }
  return parts.join('');
}

/** Visible Chinese text below `n`, and how much of it sits in links, skipping dropped nodes. */
interface Weight {
  cjk: number;
  linked: number;
  links: number;
}

/** A node with its weight cached on it (a Map of twenty thousand nodes costs more than the walk). */
interface WeighedNode extends DomNode {
  pdpWeight?: Weight & { generation: number };
}

let generations = 0;

class Page {
  readonly dropped = new Set<DomNode>();
  private generation = ++generations;

  weight(n: WeighedNode): Weight {
    const cached = n.pdpWeight;
    if (cached && cached.generation === this.generation) return cached;
    const w = { cjk: 0, linked: 0, links: 0, generation: this.generation };
    if (n.type === 'text') w.cjk = cjkCount(n.data ?? '');
    else if (n.children && !this.dropped.has(n)) {
      for (const c of n.children) {
        const cw = this.weight(c);
        w.cjk += cw.cjk;
        w.linked += cw.linked;
        w.links += cw.links;
      }
      if (n.name === 'a') {
        w.linked = w.cjk;
        w.links += 1;
      }
    }
    n.pdpWeight = w;
    return w;
  }

  /** Weights change when nodes are dropped: forget them. */
  resetWeights(): void {
    this.generation = ++generations;
  }

  /** Mark chrome below `n` as dropped. */
  markChrome(n: DomNode): void {
    for (const c of n.children ?? []) {
      if (!isElement(c)) continue;
      if (DROP_TAGS.has(c.name ?? '') || CHROME.test(classAndId(c)) || /display\s*:\s*none/i.test(c.attribs?.style ?? '')) {
        this.dropped.add(c);
        continue;
      }
      this.markChrome(c);
      const text = shortText(c, 60);
      if (text !== null && (CHROME_TEXT.test(squash(text)) || BYLINE.test(text))) this.dropped.add(c);
    }
  }

  /** Link lists (related news, site maps): after chrome, so weights see only what is left. */
  markLinkLists(n: DomNode): void {
    for (const c of n.children ?? []) {
      if (!isElement(c) || this.dropped.has(c)) continue;
      const w = this.weight(c);
      if (['ul', 'ol', 'dl', 'div', 'table', 'section', 'p', 'span'].includes(c.name ?? '') && w.links >= 3 && w.linked > 0.6 * w.cjk) {
        this.dropped.add(c);
      } else {
        this.markLinkLists(c);
      }
    }
  }
}

function elements(n: DomNode, visit: (e: DomNode) => void): void {
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    visit(c);
    elements(c, visit);
  }
}

/** The element that holds the article: a known container, else the smallest one holding most text. */
function findContainer(page: Page, root: DomNode): DomNode {
  const body = findFirst(root, (e) => e.name === 'body') ?? root;
  const total = page.weight(body).cjk;
  let best: DomNode | null = null;
  elements(body, (e) => {
    if (page.dropped.has(e) || !isKnownBody(e)) return;
    const w = page.weight(e);
    if (w.cjk >= 50 && w.cjk >= 0.3 * total && (!best || w.cjk > page.weight(best).cjk)) best = e;
  });
  if (best) {
    // A known container inside the one found that holds most of its text is the tighter fit (a
    // heading above it comes back through headingBefore).
    for (;;) {
      const outer: DomNode = best;
      const inner = findFirst(outer, (e) => !page.dropped.has(e) && isKnownBody(e) && page.weight(e).cjk >= 0.7 * page.weight(outer).cjk);
      if (!inner) return outer;
      best = inner;
    }
  }
  // Down through the containers (never into a single paragraph) while one child holds most text.
  let at = body;
  for (;;) {
    const own = page.weight(at).cjk;
    const next = (at.children ?? []).find(
      (c) => isElement(c) && !page.dropped.has(c) && CONTAINER_TAGS.has(c.name ?? '') && page.weight(c).cjk >= 0.7 * own && holdsBlocks(c),
    );
    if (!next || own === 0) return at;
    at = next;
  }
}

const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'table', 'tbody', 'tr', 'td', 'center', 'font', 'span', 'form']);
const LINE_BREAKING = new Set(['p', 'div', 'br', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article']);

/** True when an element holds more than one line: a block element or a <br> below it. */
function holdsBlocks(n: DomNode): boolean {
  return findFirst(n, (e) => LINE_BREAKING.has(e.name ?? '')) !== null;
}

function findFirst(n: DomNode, test: (e: DomNode) => boolean): DomNode | null {
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const inner = findFirst(c, test);
    if (inner) return inner;
  }
  return null;
}

const HEADING = /^h[1-3]$/;
const TITLE_CLASS = /(?:^|[-_\s])(?:title|bt|biaoti|tit|article-title|artTitle|headline)(?:[-_\s\d]|$)/i;

/**
 * The article heading just before the container (a sibling of it or of one of its ancestors),
 * with a 文号 line standing between that heading and the container.
 */
function headingBefore(page: Page, container: DomNode): string[] {
  let at: DomNode | null | undefined = container;
  for (let depth = 0; at && at.parent && depth < 4; depth++, at = at.parent) {
    const siblings = at.parent.children ?? [];
    const between: string[] = [];
    for (let i = siblings.indexOf(at) - 1; i >= 0; i--) {
      const s = siblings[i];
      // (a <header> is dropped as site chrome, but an article's own <header> holds its title)
      if (!isElement(s) || (page.dropped.has(s) && s.name !== 'header')) continue;
      // A 文号 shown on its own under the title (`豫政〔2022〕20号`): a line of the document, not page chrome.
      const number = joinInline([rawText(s)]).trim();
      if (DOC_NUMBER_LINE.test(number)) {
        between.unshift(number);
        continue;
      }
      const heading = HEADING.test(s.name ?? '') || TITLE_CLASS.test(classAndId(s)) ? s : findFirst(s, (e) => HEADING.test(e.name ?? ''));
      if (!heading) continue;
      const text = joinInline([rawText(heading)]);
      if (cjkCount(text) >= 5 && text.length <= 120) return [text, ...between];
    }
  }
  return [];
}

const MUSTACHE = /\{\{[\s\S]*?\}\}/g;

/** Renders the kept part of a subtree as lines. */
class Renderer {
  readonly out = new LineBuilder();
  constructor(private readonly page: Page) {}

  node(n: DomNode): void {
    if (n.type === 'text') {
      // (template placeholders of pages rendered in the browser, {{item.title}}, are no text)
      const data = n.data ?? '';
      this.out.text(data.includes('{{') ? data.replace(MUSTACHE, '') : data);
      return;
    }
    if (!isElement(n) || this.page.dropped.has(n)) {
      if (n.type === 'root') for (const c of n.children ?? []) this.node(c);
      return;
    }
    if (n.name === 'pre' || /white-space\s*:\s*pre/i.test(n.attribs?.style ?? '')) {
      // Preformatted text (archived plain-text documents): its line breaks are the document's.
      this.out.lineBreak();
      for (const line of rawText(n).replace(MUSTACHE, '').split(/\r?\n/)) {
        this.out.raw(line);
        this.out.lineBreak();
      }
      return;
    }
    const name = n.name ?? '';
    if (name === 'br') {
      this.out.lineBreak();
      return;
    }
    if (name === 'table' && !findFirst(n, (e) => e.name === 'table')) {
      this.out.lineBreak();
      for (const line of gridLines(this.tableGrid(n))) {
        this.out.raw(line);
        this.out.lineBreak();
      }
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) this.out.lineBreak();
    for (const c of n.children ?? []) this.node(c);
    if (block) this.out.lineBreak();
  }

  /** Rows of a data table with rowspan/colspan filled into every covered cell. */
  private tableGrid(table: DomNode): Array<Array<string | undefined>> {
    const rows: DomNode[] = [];
    const collect = (n: DomNode) => {
      for (const c of n.children ?? []) {
        if (!isElement(c) || this.page.dropped.has(c)) continue;
        if (c.name === 'tr') rows.push(c);
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
      }
    };
    collect(table);
    const grid: Array<Array<string | undefined>> = [];
    rows.forEach((tr, r) => {
      grid[r] ??= [];
      let c = 0;
      for (const cell of tr.children ?? []) {
        if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
        while (grid[r][c] !== undefined) c++;
        const rowSpan = span(cell.attribs?.rowspan, rows.length - r);
        const colSpan = span(cell.attribs?.colspan, 200);
        const text = this.cellText(cell);
        for (let i = 0; i < rowSpan; i++) {
          grid[r + i] ??= [];
          // (overlapping spans are an authoring error: the cell placed first keeps the slot)
          for (let j = 0; j < colSpan; j++) grid[r + i][c + j] ??= text;
        }
        c += colSpan;
      }
    });
    return grid;
  }

  private cellText(cell: DomNode): string {
    const inner = new Renderer(this.page);
    for (const c of cell.children ?? []) inner.node(c);
    return joinCellLines(inner.out.finish());
  }
}

function span(raw: string | undefined, limit: number): number {
  const n = Number.parseInt(raw ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, Math.max(1, limit)) : 1;
}

/** The field each label of a page-metadata block names. */
const FIELD_OF = new Map<string, PageField>(Object.entries(PAGE_FIELD_LABELS).flatMap(([field, labels]) => labels.map((l) => [l, field as PageField])));
const LABEL_VALUE = new RegExp(`^(${[...FIELD_OF.keys()].join('|')})[:：](.+)$`);
const NEXT_LABEL = new RegExp(`(?:${PAGE_LABELS.join('|')})[:：]`);

/** Page metadata: <meta> tags, the <title>, and a 发文字号/发文机关/成文日期 table or line. */
function pageHints(root: DomNode): MetaHints {
  const found: Partial<Record<PageField, string>> = {};
  const put = (key: PageField, value: string) => {
    const v = joinInline([value]).replace(/^[:：\s]+/, '');
    if (v && v.length <= 200 && found[key] === undefined) found[key] = v;
  };
  const metas: Record<string, string> = {};
  let pageTitle: string | null = null;
  elements(root, (e) => {
    if (e.name === 'meta' && e.attribs?.name && e.attribs.content) metas[e.attribs.name.toLowerCase()] = e.attribs.content;
    if (e.name === 'title' && pageTitle === null) pageTitle = rawText(e);
    if (e.name === 'script' || e.name === 'style') return;
    const short = shortText(e, 80);
    if (short === null) return;
    const own = squash(short);
    const labelled = FIELD_OF.get(own.replace(/[:：]$/, ''));
    if (labelled) {
      const siblings = e.parent?.children ?? [];
      const next = siblings.slice(siblings.indexOf(e) + 1).find((s) => isElement(s) || squash(s.data ?? '') !== '');
      if (next) put(labelled, rawText(next));
      return;
    }
    const pair = LABEL_VALUE.exec(own);
    if (pair && !(e.children ?? []).some((c) => isElement(c) && LABEL_VALUE.test(squash(rawText(c))))) {
      // (a row of several label：value pairs: the value ends where the next label starts)
      put(FIELD_OF.get(pair[1])!, pair[2].split(NEXT_LABEL)[0]);
    }
  });
  const titleMeta = metas['articletitle'] ?? metas['title'];
  // `标题_栏目_网站`, `标题 - 网站`, `标题-某市人民政府`: the site and column names go.
  const titleFromTag = pageTitle
    ? (pageTitle as string).split(/\s*[_|｜]\s*|\s+[-—–]\s+/)[0].replace(/\s*-\s*[^-]{2,20}(?:政府|网站|门户|网|局|委员会|厅|办公室|中心)$/, '')
    : null;
  const title = found.title ?? titleMeta ?? (titleFromTag && cjkCount(titleFromTag) >= 4 ? titleFromTag : undefined);
  const date = found.issueDate ?? found.published ?? metas['pubdate'] ?? metas['firstpublishedtime'] ?? metas['publishdate'];
  const hints: MetaHints = {};
  if (title) hints.title = joinInline([title]);
  if (found.docNumber && /\d/.test(found.docNumber) && !/^无$|^-+$/.test(found.docNumber)) hints.docNumber = found.docNumber;
  if (found.issuer && cjkCount(found.issuer) >= 2) hints.issuer = found.issuer;
  if (date) hints.issueDate = date;
  return hints;
}

/** A JavaScript string literal's value (double- or single-quoted source), or null. */
function stringValue(quote: string, body: string): string | null {
  const json = quote === '"' ? body : body.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"');
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return null;
  }
}

/**
 * A body a page carries out of sight, for a script to render (publishing platforms that build the
 * article in the browser): the longest string literal in a script, or the escaped markup in a
 * hidden <textarea>, that holds markup and Chinese text.
 */
function embeddedBody(root: DomNode): string | null {
  let best: string | null = null;
  let bestCjk = 0;
  const consider = (value: string) => {
    if (!/<(?:p|div|br|span|table)\b/i.test(value)) return;
    const cjk = cjkCount(value);
    if (cjk > bestCjk) {
      best = value;
      bestCjk = cjk;
    }
  };
  elements(root, (e) => {
    // (a textarea holds raw text: its entities are decoded by parsing it as a fragment)
    if (e.name === 'textarea') consider(rawText(parseHtml(rawText(e))));
    if (e.name !== 'script') return;
    for (const m of rawText(e).matchAll(/(["'])((?:(?!\1)[^\\\n]|\\.){200,})\1/g)) {
      const value = stringValue(m[1], m[2]);
      if (value !== null) consider(value);
    }
  });
  return bestCjk >= 100 ? best : null;
}

/** The lines of the article in a parsed page, and the heading shown above it. */
function articleLines(root: DomNode): { lines: string[]; cjk: number } {
  const page = new Page();
  page.markChrome(root);
  page.resetWeights();
  page.markLinkLists(root);
  page.resetWeights();
  const container = findContainer(page, root);
  const renderer = new Renderer(page);
  renderer.node(container);
  const lines = renderer.out.finish();
  const shown = headingBefore(page, container).filter((h) => !lines.slice(0, 3).some((l) => squash(l) === squash(h)));
  lines.unshift(...shown);
  return { lines, cjk: lines.reduce((n, l) => n + cjkCount(l), 0) };
}

/** HTML bytes (or text) → the article's text and the page's metadata. */
export function htmlToText(input: Uint8Array | string, encoding?: string): ExtractedText {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8' } : decode(input, encoding);
  const root = parseHtml(decoded.text);
  const hints = pageHints(root);
  let article = articleLines(root);
  const embedded = embeddedBody(root);
  if (embedded) {
    const fromScript = articleLines(parseHtml(embedded));
    if (fromScript.cjk > article.cjk * 1.2) article = fromScript;
  }
  if (article.cjk === 0) throw new PolicyParseError('PDP_HTML_NO_TEXT', 'web page with no Chinese document text in its body');
  return { text: article.lines.join('\n') + '\n', encoding: decoded.encoding, hints };
}
