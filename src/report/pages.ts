import type { Document } from '../schema/document.js';
import type { Section } from '../schema/section.js';
import type { Target } from '../schema/target.js';
import { flattenSections } from '../parse/structure/tree.js';
import { documentCounts } from '../export/records.js';
import type { Change, DocumentDiff } from '../diff/types.js';
import { changePlace, META_LABEL } from '../diff/format.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { documentSpans, highlightText, type DroppedSpan } from './spans.js';
import { unitMatrix, ROLES } from './matrix.js';
import { sharedIndicators, unitNetwork } from './corpus.js';

/** Where the shared script and style sit, relative to the pages. */
export const ASSET_DIR = 'assets';
export const ASSET_FILES = ['report.css', 'report.js'] as const;

export const ROLE_LABEL = { lead: '牵头', support: '配合', responsible: '负责' } as const;
const ROLE_SHORT = { lead: '牵', support: '配', responsible: '责' } as const;
export const KIND_LABEL: Record<string, string> = {
  percent: '百分比', ratio: '比例', money: '金额', count: '数量', duration: '时长', multiple: '倍数', date: '日期',
};
const COMPARATOR_SIGN: Record<string, string> = { eq: '=', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' };

export interface ReportDocument {
  document: Document;
  /** The decoded text the document's offsets point into. */
  text: string;
  /** File name of its page, e.g. `plan.html`. */
  page: string;
}

/**
 * A whole page. Pages of a report link the shared style and script in `assets/`; a page written
 * alone (a diff to stdout or to a file) gets the style inlined and needs no script.
 */
function layout(title: string, bodyClass: string, body: string, data: unknown, inline: { css?: string } = {}): string {
  const style = inline.css !== undefined ? `<style>\n${inline.css}\n</style>` : `<link rel="stylesheet" href="${ASSET_DIR}/report.css">`;
  const script = inline.css !== undefined ? '' : `\n<script src="${ASSET_DIR}/report.js"></script>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policy-parse report">
<title>${h(title)}</title>
${style}
</head>
<body class="${bodyClass}">
${body}
<script type="application/json" id="pdp-data">${jsonForScript(data)}</script>${script}
</body>
</html>
`;
}

/** A link to a page beside this one: `./` and percent-encoding, so no file name reads as a scheme (`javascript:`) or a fragment. */
export const pageHref = (page: string) => `./${encodeURIComponent(page)}`;

const docTitle = (doc: Document) => doc.meta.title ?? doc.source.path ?? doc.docId;

/** `≥60%`, `2–3个`, `20:1`: a target's value as an analyst writes it. */
export function targetValue(t: Pick<Target, 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'text'> & { left?: number; right?: number }): string {
  const sign = t.comparator === 'eq' ? '' : (COMPARATOR_SIGN[t.comparator] ?? '');
  let value: string;
  if (t.left !== undefined && t.right !== undefined) value = `${t.left}:${t.right}`;
  else if (t.value !== null) value = String(t.value);
  else if (t.min !== null || t.max !== null) value = `${t.min ?? ''}–${t.max ?? ''}`;
  else return t.text;
  return `${sign}${value}${t.unit ? (UNIT_LABEL[t.unit] ?? t.unit) : ''}`;
}

/** The contract's normalised units as a reader writes them. */
export const UNIT_LABEL: Record<string, string> = {
  CNY: '元', 'CNY/year': '元/年', pp: '个百分点', x: '倍', year: '年', month: '个月', day: '天', week: '周', hour: '小时',
};

function metaLine(doc: Document): string {
  const m = doc.meta;
  const parts = [
    m.docNumber && `文号 ${h(m.docNumber)}`,
    m.issuer && `发文机关 ${h(m.issuer)}`,
    m.issueDate && `日期 ${h(m.issueDate)}`,
    m.period && `期间 ${m.period.start}—${m.period.end}`,
    m.draft && '<span class="badge draft">征求意见稿</span>',
    doc.source.path && `文件 <code>${h(doc.source.path)}</code>`,
    // Added by later versions of the contract; shown when present.
    typeof (doc.source as { format?: unknown }).format === 'string' && `格式 ${h((doc.source as { format?: string }).format)}`,
  ].filter(Boolean);
  return parts.join(' · ');
}

function outline(sections: readonly Section[], indexOf: Map<Section, number>): string {
  if (sections.length === 0) return '';
  const items = sections.map(
    (s) => `<li><a href="#h${indexOf.get(s)}" data-h="${indexOf.get(s)}">${h(s.marker)}${h(s.heading)}</a>${outline(s.children, indexOf)}</li>`,
  );
  return `<ol>${items.join('')}</ol>`;
}

function countsLine(doc: Document, spans: number): string {
  const c = documentCounts(doc);
  return `<span>${c.sectionCount} 节</span><span>${c.targetCount} 个指标</span><span>${c.responsibilityCount} 个责任清单</span><span>${c.unitCount} 个单位</span><span>${spans} 处高亮</span>`;
}

/** `deadlineSource` (how the deadline was found), when the document's version records it. */
const deadlineSource = (t: Target) => (t as { deadlineSource?: unknown }).deadlineSource;

function targetsTable(doc: Document, headings: Map<string, string>): string {
  const withSource = doc.targets.some((t) => deadlineSource(t) !== undefined);
  const rows = doc.targets.map((t, i) => {
    const num = t.value ?? t.min ?? t.max ?? (t as { left?: number }).left ?? '';
    return `<tr data-i="${i}"><td data-v="${i}">${i + 1}</td><td data-v="${h(t.sectionId ?? '')}">${h(t.sectionId ?? '—')}</td>` +
      `<td>${h(KIND_LABEL[t.kind] ?? t.kind)}</td><td><a href="#t${i}" class="to-span" data-k="target" data-i="${i}">${h(t.text)}</a></td>` +
      `<td data-v="${num}" class="num">${h(targetValue(t))}</td><td>${h(t.unit ?? '')}</td><td>${h(COMPARATOR_SIGN[t.comparator] ?? t.comparator)}</td>` +
      `<td>${h(t.indicator ?? '')}</td><td data-v="${t.deadline ?? ''}" class="num">${t.deadline ?? ''}</td>` +
      (withSource ? `<td>${h(deadlineSource(t) ?? '')}</td>` : '') +
      `<td class="muted">${h(t.sectionId ? (headings.get(t.sectionId) ?? '') : '')}</td></tr>`;
  });
  return `<div class="table-tools"><input type="search" id="target-filter" placeholder="筛选：指标、原文、章节…" aria-label="筛选指标"><span id="target-count">${doc.targets.length} / ${doc.targets.length}</span></div>
<div class="scroll"><table class="sortable data" id="targets-table"><thead><tr><th data-type="num">#</th><th data-type="id">章节</th><th>类型</th><th>原文</th><th data-type="num">数值</th><th>单位</th><th>比较</th><th>指标</th><th data-type="num">期限</th>${withSource ? '<th>期限来源</th>' : ''}<th>所在标题</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function matrixTable(doc: Document): string {
  const m = unitMatrix(doc);
  if (m.rows.length === 0) return '<p class="muted">本文件未识别到责任单位。</p>';
  const head = m.measures
    .map((x) => `<th class="measure" title="${h(x.heading ? `${x.label} ${x.heading}` : x.label)}"><span>${h(x.label)}</span></th>`)
    .join('');
  const body = m.rows.map((row) => {
    const cells = m.measures
      .map((x) => {
        const roles = row.cells[x.key];
        return roles ? `<td class="cell ${roles.map((r) => `r-${r}`).join(' ')}" title="${h(roles.map((r) => ROLE_LABEL[r]).join('、'))}">${roles.map((r) => ROLE_SHORT[r]).join('')}</td>` : '<td></td>';
      })
      .join('');
    return `<tr><th class="unit">${h(row.unit)}</th><td class="num">${row.lead}</td><td class="num">${row.support}</td><td class="num">${row.responsible}</td><td class="num total">${row.measures}</td>${cells}</tr>`;
  });
  const foot = ROLES.map(
    (role) => `<tr class="foot"><th>${ROLE_LABEL[role]}单位数</th><td></td><td></td><td></td><td></td>${m.measures.map((x) => `<td class="num">${m.columnTotals[x.key][role] || ''}</td>`).join('')}</tr>`,
  ).join('');
  return `<p class="legend"><span class="cell r-lead">牵</span> 牵头 <span class="cell r-support">配</span> 配合 <span class="cell r-responsible">责</span> 负责（未分牵头配合）。合计 = 涉及的任务数。</p>
<div class="scroll"><table class="matrix" id="unit-matrix"><thead><tr><th>单位</th><th>牵头</th><th>配合</th><th>负责</th><th>合计</th>${head}</tr></thead><tbody>${body.join('\n')}</tbody><tfoot>${foot}</tfoot></table></div>`;
}

function droppedNote(dropped: DroppedSpan[]): string {
  if (dropped.length === 0) return '';
  const items = dropped.map((d) => `<li>${h(d.kind)} #${d.index}: ${h(d.reason)} (${d.start}–${d.end})</li>`).join('');
  return `<details class="warn"><summary>${dropped.length} 处片段无法在原文中定位，未高亮</summary><ul>${items}</ul></details>`;
}

/** The page of one document: highlighted text, outline, field panel, targets table, timeline, matrix. */
export function documentPage(entry: ReportDocument, nav: { index: string | null } = { index: 'index.html' }): string {
  const { document: doc, text } = entry;
  const flat = flattenSections(doc.sections);
  const indexOf = new Map(flat.map((s, i) => [s, i]));
  const headings = new Map(flat.map((s) => [s.id, s.heading]));
  const { spans, dropped } = documentSpans(doc, text);
  const title = docTitle(doc);
  const body = `<header class="top">
${nav.index ? `<a class="home" href="${h(nav.index)}">← 全部文件</a>` : ''}
<h1>${h(title)}</h1>
<p class="meta">${metaLine(doc)}</p>
<p class="counts">${countsLine(doc, spans.length)}</p>
<nav class="tabs"><a href="#text">原文</a><a href="#targets">指标表</a><a href="#timeline">期限时间轴</a><a href="#matrix">单位×任务矩阵</a></nav>
</header>
<div class="layout">
<nav class="outline" aria-label="目录"><h2>目录</h2>${outline(doc.sections, indexOf) || '<p class="muted">无编号章节</p>'}</nav>
<main>
<section id="text"><h2>原文</h2>
<p class="legend"><mark class="hl hl-heading">标题</mark> <mark class="hl hl-target">指标</mark> <mark class="hl hl-list">责任清单</mark> 点击高亮片段查看字段。</p>
${droppedNote(dropped)}
<div class="source" lang="zh-CN">${highlightText(text, spans)}</div>
</section>
<section id="targets"><h2>指标表</h2>${doc.targets.length ? targetsTable(doc, headings) : '<p class="muted">未识别到量化指标。</p>'}</section>
<section id="timeline"><h2>期限时间轴</h2><div class="chart" id="timeline-chart"></div><p class="muted" id="timeline-note"></p></section>
<section id="matrix"><h2>单位 × 任务矩阵</h2>${matrixTable(doc)}</section>
</main>
<aside class="panel" id="panel" aria-live="polite"><h2>字段</h2><div id="panel-body"><p class="muted">点击原文中的高亮片段，或指标表中的原文，查看它的字段。</p></div></aside>
</div>`;
  const data = {
    page: 'document',
    docId: doc.docId,
    title,
    targets: doc.targets,
    lists: doc.responsibilities,
    headings: flat.map(({ children, text: _text, ...s }) => ({ ...s, children: children.length })),
    headingById: Object.fromEntries(headings),
    spanCount: spans.length,
  };
  return layout(`${title} · 政策文件报告`, 'page-document', body, data);
}

/** The corpus page: counts per document, the lead/support network, shared indicators. */
export function indexPage(entries: readonly ReportDocument[], failures: ReadonlyArray<{ path: string; code: string; message: string }> = []): string {
  const docs = entries.map((e) => e.document);
  const rows = entries.map((e, i) => {
    const d = e.document;
    const c = documentCounts(d);
    return `<tr><td data-v="${i}">${i + 1}</td><td><a href="${pageHref(e.page)}">${h(docTitle(d))}</a>${d.meta.draft ? ' <span class="badge draft">征求意见稿</span>' : ''}</td>` +
      `<td>${h(d.meta.docNumber ?? '')}</td><td>${h(d.meta.issuer ?? '')}</td><td>${h(d.meta.issueDate ?? '')}</td>` +
      `<td class="num" data-v="${c.sectionCount}">${c.sectionCount}</td><td class="num" data-v="${c.targetCount}">${c.targetCount}</td><td class="num" data-v="${c.responsibilityCount}">${c.responsibilityCount}</td>` +
      `<td class="num" data-v="${c.unitCount}">${c.unitCount}</td><td class="num" data-v="${c.warningCount}">${c.warningCount}</td><td class="muted"><code>${h(d.source.path ?? '')}</code></td></tr>`;
  });
  const sum = (key: keyof ReturnType<typeof documentCounts>) => docs.reduce((n, d) => n + documentCounts(d)[key], 0);
  const failed = failures.length
    ? `<details class="warn" open><summary>${failures.length} 个文件未能解析</summary><ul>${failures.map((f) => `<li><code>${h(f.path)}</code>: ${h(f.message)} [${h(f.code)}]</li>`).join('')}</ul></details>`
    : '';
  const groups = sharedIndicators(docs);
  const indicatorRows = groups.map((g) => {
    const cells = docs.map((_, di) => {
      const mine = g.entries.filter((e) => e.docIndex === di);
      return `<td>${mine.map((e) => `<a href="${pageHref(entries[di].page)}#t${e.targetIndex}" title="${h(e.indicator)}">${h(targetValue(e.target))}${e.target.deadline ? `<small>（${e.target.deadline}）</small>` : ''}</a>`).join('<br>')}</td>`;
    });
    return `<tr><th>${h(g.key)}</th>${cells.join('')}</tr>`;
  });
  const indicatorTable = groups.length
    ? `<div class="scroll"><table class="data" id="indicator-table"><thead><tr><th>指标</th>${entries.map((e, i) => `<th title="${h(docTitle(e.document))}"><a href="${pageHref(e.page)}">${i + 1}. ${h(shortTitle(docTitle(e.document)))}</a></th>`).join('')}</tr></thead><tbody>${indicatorRows.join('\n')}</tbody></table></div>`
    : '<p class="muted">没有在两个以上文件中都出现的指标。</p>';
  const network = unitNetwork(docs);
  const body = `<header class="top">
<h1>政策文件报告</h1>
<p class="counts"><span>${docs.length} 个文件</span><span>${sum('sectionCount')} 节</span><span>${sum('targetCount')} 个指标</span><span>${sum('responsibilityCount')} 个责任清单</span><span>${network.nodes.length} 个单位</span></p>
<nav class="tabs"><a href="#documents">文件</a><a href="#network">牵头/配合网络</a><a href="#indicators">指标对比</a></nav>
</header>
<main class="wide">
${failed}
<section id="documents"><h2>文件</h2><div class="scroll"><table class="sortable data" id="documents-table"><thead><tr><th data-type="num">#</th><th>标题</th><th>文号</th><th>发文机关</th><th>日期</th><th data-type="num">章节</th><th data-type="num">指标</th><th data-type="num">责任清单</th><th data-type="num">单位</th><th data-type="num">警告</th><th>文件</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>
<section id="network"><h2>牵头 / 配合网络</h2><p class="legend">节点：单位（大小 = 涉及任务数）；连线：同一任务中 <b class="e-lead">牵头 → 配合</b>、<b class="e-colead">共同牵头</b>、<b class="e-shared">共同负责</b>（粗细 = 任务数）。拖动或滚轮缩放。</p><div class="chart tall" id="network-chart"></div></section>
<section id="indicators"><h2>指标对比</h2><p class="legend">同一指标（去掉“全市”“我区”等前缀后相同）在不同文件中的目标值。</p><div class="chart" id="indicator-chart"></div>${indicatorTable}</section>
</main>`;
  const data = {
    page: 'index',
    documents: entries.map((e) => ({ title: docTitle(e.document), page: e.page })),
    network,
    indicators: groups.map((g) => ({ key: g.key, entries: g.entries.map((e) => ({ doc: e.docIndex, target: e.targetIndex, value: e.target.value ?? e.target.max ?? e.target.min, unit: e.target.unit ? (UNIT_LABEL[e.target.unit] ?? e.target.unit) : null, label: targetValue(e.target) })) })),
  };
  return layout('政策文件报告', 'page-index', body, data);
}

function shortTitle(title: string): string {
  return title.length > 14 ? `${title.slice(0, 13)}…` : title;
}

const CHANGE_CLASS: Record<string, string> = {
  meta_changed: 'mod',
  section_inserted: 'add', target_added: 'add', unit_added: 'add',
  section_removed: 'del', target_removed: 'del', unit_removed: 'del',
  heading_renamed: 'mod', body_changed: 'mod', target_changed: 'mod', unit_role_changed: 'mod',
};
const CHANGE_LABEL: Record<string, string> = {
  meta_changed: '文件信息',
  section_inserted: '新增章节', section_removed: '删除章节', heading_renamed: '标题修改', body_changed: '正文修改',
  target_added: '新增指标', target_removed: '删除指标', target_changed: '指标变化',
  unit_added: '新增单位', unit_removed: '删除单位', unit_role_changed: '角色变化',
};
const FIELD_LABEL: Record<string, string> = {
  value: '数值', min: '下限', max: '上限', left: '比例前项', right: '比例后项', unit: '单位', comparator: '比较',
  year: '年', month: '月', day: '日', deadline: '期限', indicator: '指标',
};
const roleText = (roles: string | null) => (roles ?? '').split('+').filter(Boolean).map((r) => ROLE_LABEL[r as keyof typeof ROLE_LABEL] ?? r).join('、');

function changeItem(c: Change): string {
  const label = `<span class="chg ${CHANGE_CLASS[c.type]}">${CHANGE_LABEL[c.type]}</span>`;
  switch (c.type) {
    case 'meta_changed':
      return `${label} ${h(META_LABEL[c.subject ?? ''] ?? c.subject)}：<del>${h(c.before ?? '—')}</del> → <ins>${h(c.after ?? '—')}</ins>`;
    case 'section_inserted':
    case 'section_removed':
      return `${label} ${h(c.after ?? c.before)}`;
    case 'heading_renamed':
      return `${label} <del>${h(c.before)}</del> → <ins>${h(c.after)}</ins>`;
    case 'body_changed':
      return `${label} 相似度 <meter min="0" max="1" value="${c.similarity}"></meter> ${c.similarity}<details><summary>修改前后</summary><p class="before">${h(c.before)}</p><p class="after">${h(c.after)}</p></details>`;
    case 'target_changed':
      return `${label} ${h(c.subject)}：<del>${h(c.before)}</del> → <ins>${h(c.after)}</ins> <small>（${h(c.fields.map((f) => FIELD_LABEL[f] ?? f).join('、'))}）</small>`;
    case 'target_added':
      return `${label} ${h(c.subject)}：<ins>${h(c.after)}</ins>`;
    case 'target_removed':
      return `${label} ${h(c.subject)}：<del>${h(c.before)}</del>`;
    case 'unit_added':
      return `${label} <ins>${h(c.subject)}</ins>（${roleText(c.after)}）`;
    case 'unit_removed':
      return `${label} <del>${h(c.subject)}</del>（${roleText(c.before)}）`;
    case 'unit_role_changed':
      return `${label} ${h(c.subject)}：${roleText(c.before)} → ${roleText(c.after)}`;
  }
}

/** The changes between two versions as a page in the report's style (`css` inlined when given). */
export function diffPage(diff: DocumentDiff, options: { css?: string } = {}): string {
  const name = (side: DocumentDiff['old']) => side.title ?? side.path ?? side.docId;
  const groups: Array<{ place: string; items: string[] }> = [];
  for (const c of diff.changes) {
    const place = c.type === 'meta_changed' ? '文件信息' : c.type === 'section_inserted' || c.type === 'section_removed' ? '章节增删' : changePlace(c);
    const last = groups[groups.length - 1];
    if (last && last.place === place) last.items.push(changeItem(c));
    else groups.push({ place, items: [changeItem(c)] });
  }
  const s = diff.sections;
  const counts = Object.entries(diff.counts)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `<span class="chg ${CHANGE_CLASS[type]}">${CHANGE_LABEL[type]} ${n}</span>`)
    .join(' ');
  const body = `<header class="top">
<h1>版本对比</h1>
<p class="meta">旧：<b>${h(name(diff.old))}</b> <code>${h(diff.old.path ?? diff.old.docId)}</code><br>新：<b>${h(name(diff.new))}</b> <code>${h(diff.new.path ?? diff.new.docId)}</code></p>
<p class="counts"><span>${diff.changes.length} 处变化</span><span>章节 ${s.old} → ${s.new}</span><span>匹配 ${s.matched}</span><span>新增 ${s.inserted}</span><span>删除 ${s.removed}</span><span>重新编号 ${s.renumbered}</span></p>
<p>${counts}</p>
</header>
<main class="wide" id="changes">
${groups.length ? groups.map((g) => `<section class="change-group"><h3>${h(g.place)}</h3><ul>${g.items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`).join('\n') : '<p>两个版本在章节、指标和责任单位上没有差别。</p>'}
</main>`;
  return layout(`版本对比：${name(diff.old)} → ${name(diff.new)}`, 'page-diff', body, { page: 'diff', counts: diff.counts }, options);
}
