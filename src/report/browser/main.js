// Client script of the policy-parse report (bundled by scripts/bundle.mjs with the parts of
// Apache ECharts it uses into dist/report/assets/report.js). Plain DOM; every document string is
// set as textContent, never as HTML.
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const FONT = 'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
/** Vertical offsets of points sharing a year and kind: centred, alternating. */
const SPREAD = [0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45];
const ROLE = { lead: '牵头', support: '配合', responsible: '负责' };
const KIND = { percent: '百分比', ratio: '比例', money: '金额', count: '数量', duration: '时长', multiple: '倍数', date: '日期' };
const COMPARATOR = { eq: '等于 =', gte: '不低于 ≥', gt: '超过 >', lte: '不高于 ≤', lt: '低于 <', approx: '约 ≈' };
const TARGET_SHOWN = ['kind', 'text', 'value', 'min', 'max', 'left', 'right', 'unit', 'comparator', 'indicator', 'deadline', 'deadlineSource', 'year', 'month', 'day', 'sectionId', 'start', 'end'];

const data = JSON.parse(document.getElementById('pdp-data').textContent);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}

function fieldList(pairs) {
  const dl = el('dl');
  for (const [name, value, key] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    const dd = el('dd', key ? { 'data-field': key } : {}, value instanceof Node ? value : String(value));
    dl.append(el('dt', {}, name), dd);
  }
  return dl;
}

const charts = [];
function chart(id) {
  const node = document.getElementById(id);
  if (!node) return null;
  const instance = echarts.init(node, null, { renderer: 'canvas' });
  charts.push(instance);
  return instance;
}
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Sortable tables: click a header; numbers by data-v when given. */
function makeSortable(table) {
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, column) => {
    th.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const type = th.dataset.type;
      const value = (row) => {
        const cell = row.cells[column];
        const raw = cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent;
        if (type === 'num') return raw === '' ? Number.NEGATIVE_INFINITY : Number(raw);
        if (type === 'id') return raw.split('.').map((p) => p.padStart(4, '0')).join('.');
        return raw;
      };
      const rows = [...table.tBodies[0].rows];
      rows.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    });
  });
}

function documentPage() {
  const panel = document.getElementById('panel-body');
  const sectionLabel = (id) => (id ? `${id} ${data.headingById[id] || ''}` : '（编号章节之外）');
  let selected = null;

  function show(kind, index, scroll) {
    const mark = document.getElementById(`${kind[0] === 'l' ? 'l' : kind[0]}${index}`);
    if (selected) selected.forEach((m) => m.classList.remove('selected'));
    selected = [...document.querySelectorAll(`mark.hl[data-k="${kind}"][data-i="${index}"]`)];
    selected.forEach((m) => m.classList.add('selected'));
    if (scroll && mark) mark.scrollIntoView({ block: 'center' });
    panel.replaceChildren();
    if (kind === 'target') {
      const t = data.targets[index];
      panel.append(el('span', { class: 'kind hl-target', 'data-kind': 'target' }, `指标 #${index + 1}`));
      const pairs = [
        ['类型', KIND[t.kind] || t.kind, 'kind'],
        ['原文', t.text, 'text'],
        ['数值', t.value, 'value'],
        ['下限', t.min, 'min'],
        ['上限', t.max, 'max'],
        ['比例', t.left !== undefined ? `${t.left}:${t.right}` : null, 'ratio'],
        ['单位', t.unit, 'unit'],
        ['比较', COMPARATOR[t.comparator] || t.comparator, 'comparator'],
        ['指标', t.indicator, 'indicator'],
        ['期限', t.deadline, 'deadline'],
        ['期限来源', t.deadlineSource, 'deadlineSource'],
        ['日期', t.year ? [t.year, t.month, t.day].filter((x) => x !== null).join('-') : null, 'date'],
        ['章节', sectionLabel(t.sectionId), 'sectionId'],
        ['位置', `${t.start}–${t.end}`, 'offsets'],
      ];
      // Fields added to the contract later (the rule that found it, …) are shown as they come.
      for (const [key, value] of Object.entries(t)) {
        if (!TARGET_SHOWN.includes(key) && value !== null && value !== undefined) pairs.push([key, typeof value === 'object' ? JSON.stringify(value) : value, key]);
      }
      panel.append(fieldList(pairs));
      document.querySelectorAll('#targets-table tr.selected').forEach((r) => r.classList.remove('selected'));
      const row = document.querySelector(`#targets-table tr[data-i="${index}"]`);
      if (row) row.classList.add('selected');
    } else if (kind === 'list') {
      const list = data.lists[index];
      panel.append(el('span', { class: 'kind hl-list', 'data-kind': 'list' }, `责任清单 #${index + 1}`));
      const where = list.table !== null ? `表 ${list.table + 1}，序号 ${list.row ?? '—'}` : sectionLabel(list.sectionId);
      panel.append(fieldList([['所在', where, 'where'], ['原文', list.raw, 'raw'], ['位置', `${list.start}–${list.end}`, 'offsets']]));
      const table = el('table', { class: 'data units' }, el('thead', {}, el('tr', {}, el('th', {}, '单位'), el('th', {}, '角色'))));
      const body = el('tbody');
      for (const unit of list.units) body.append(el('tr', {}, el('td', {}, unit.name), el('td', { class: `cell r-${unit.role}` }, ROLE[unit.role] || unit.role)));
      table.append(body);
      panel.append(el('h3', {}, `单位（${list.units.length}）`), table);
    } else {
      const s = data.headings[index];
      panel.append(el('span', { class: 'kind hl-heading', 'data-kind': 'heading' }, `标题 ${s.id}`));
      const inside = (id) => id && (id === s.id || id.startsWith(`${s.id}.`));
      panel.append(fieldList([
        ['编号', s.id, 'id'],
        ['序号', s.marker, 'marker'],
        ['标题', s.heading, 'heading'],
        ['层级', s.level, 'level'],
        ['下级', s.children, 'children'],
        ['指标', data.targets.filter((t) => inside(t.sectionId)).length, 'targets'],
        ['责任清单', data.lists.filter((l) => inside(l.sectionId)).length, 'lists'],
        ['位置', `${s.start}–${s.end}`, 'offsets'],
      ]));
    }
  }

  document.querySelector('.source').addEventListener('click', (event) => {
    const mark = event.target.closest('mark.hl');
    if (!mark) return;
    // The innermost span under the pointer is the one meant.
    show(mark.dataset.k, Number(mark.dataset.i), false);
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a.to-span, .outline a[data-h]');
    if (!link) return;
    event.preventDefault();
    if (link.dataset.h !== undefined) show('heading', Number(link.dataset.h), true);
    else show(link.dataset.k, Number(link.dataset.i), true);
  });

  const table = document.getElementById('targets-table');
  if (table) {
    makeSortable(table);
    const filter = document.getElementById('target-filter');
    const count = document.getElementById('target-count');
    filter.addEventListener('input', () => {
      const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of table.tBodies[0].rows) {
        const text = row.textContent.toLowerCase();
        const hide = words.some((w) => !text.includes(w));
        row.classList.toggle('hidden', hide);
        if (!hide) shown++;
      }
      count.textContent = `${shown} / ${table.tBodies[0].rows.length}`;
    });
  }

  // Deadlines on a timeline: one point per target with a deadline, grouped by kind.
  const dated = data.targets.map((t, i) => ({ t, i })).filter(({ t }) => t.deadline !== null);
  const note = document.getElementById('timeline-note');
  if (dated.length === 0) {
    document.getElementById('timeline-chart').remove();
    note.textContent = '没有带期限的指标。';
  } else {
    note.textContent = `${dated.length} 个指标带期限；点击点跳到原文。`;
    const kinds = [...new Set(dated.map(({ t }) => t.kind))];
    const years = dated.map(({ t }) => t.deadline);
    const timeline = chart('timeline-chart');
    const stack = new Map();
    timeline.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: { formatter: (p) => `${p.data.label}（${p.data.value[0]}年）<br>${p.data.indicator}` },
      grid: { left: 80, right: 30, top: 20, bottom: 40 },
      xAxis: { type: 'value', min: Math.min(...years) - 1, max: Math.max(...years) + 1, interval: 1, axisLabel: { formatter: (v) => `${v}年` } },
      // Kinds on a value axis, so points of one year and kind can sit side by side vertically.
      yAxis: { type: 'value', min: -1, max: kinds.length, interval: 1, axisLabel: { formatter: (v) => (Number.isInteger(v) ? KIND[kinds[v]] || kinds[v] || '' : '') }, splitLine: { show: false } },
      series: [{
        type: 'scatter',
        symbolSize: 14,
        data: dated.map(({ t, i }) => {
          const key = `${t.deadline}|${t.kind}`;
          const n = stack.get(key) || 0;
          stack.set(key, n + 1);
          return {
            value: [t.deadline, kinds.indexOf(t.kind) + SPREAD[n % SPREAD.length]],
            index: i,
            label: escapeText(t.text),
            indicator: escapeText(t.indicator || ''),
          };
        }),
      }],
    });
    timeline.on('click', (p) => show('target', p.data.index, true));
  }
}

/** ECharts tooltips are HTML: document text goes in escaped. */
function escapeText(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function indexPage() {
  const table = document.getElementById('documents-table');
  if (table) makeSortable(table);
  const { nodes, edges } = data.network;
  const networkNode = document.getElementById('network-chart');
  if (nodes.length === 0) {
    networkNode.replaceWith(el('p', { class: 'muted' }, '没有识别到责任单位。'));
  } else {
    const network = chart('network-chart');
    const size = (n) => 6 + 4 * Math.sqrt(n.lead + n.support + n.responsible);
    const COLORS = { 'lead-support': '#c2410c', 'co-lead': '#9a3412', shared: '#6d28d9' };
    network.setOption({
      textStyle: { fontFamily: FONT },
      tooltip: {
        formatter: (p) => p.dataType === 'edge'
          ? `${escapeText(p.data.source)} — ${escapeText(p.data.target)}<br>${{ 'lead-support': '牵头 → 配合', 'co-lead': '共同牵头', shared: '共同负责' }[p.data.kind]}：${p.data.weight} 项任务`
          : `${escapeText(p.data.name)}<br>牵头 ${p.data.lead} · 配合 ${p.data.support} · 负责 ${p.data.responsible}<br>${p.data.documents} 个文件`,
      },
      legend: { data: ['主要牵头', '主要配合', '负责'], top: 4 },
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 120, edgeLength: [40, 140], gravity: 0.12 },
        categories: [{ name: '主要牵头', itemStyle: { color: '#ea580c' } }, { name: '主要配合', itemStyle: { color: '#0284c7' } }, { name: '负责', itemStyle: { color: '#7c3aed' } }],
        label: { show: true, position: 'right', fontSize: 10, formatter: (p) => (p.data.lead + p.data.support + p.data.responsible >= 3 ? p.data.name : '') },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 5,
        data: nodes.map((n) => ({
          ...n,
          id: n.name,
          symbolSize: size(n),
          category: n.lead >= n.support && n.lead >= n.responsible && n.lead > 0 ? 0 : n.support >= n.responsible ? 1 : 2,
        })),
        links: edges.map((e) => ({
          ...e,
          symbol: e.kind === 'lead-support' ? ['none', 'arrow'] : ['none', 'none'],
          lineStyle: { color: COLORS[e.kind], width: Math.min(1 + e.weight * 0.6, 6), opacity: 0.45, curveness: 0.1 },
        })),
      }],
    });
  }

  const groups = data.indicators.filter((g) => g.entries.some((e) => typeof e.value === 'number'));
  const indicatorNode = document.getElementById('indicator-chart');
  if (groups.length === 0) {
    indicatorNode.remove();
  } else {
    const select = el('select', { id: 'indicator-select', 'aria-label': '选择指标' });
    groups.forEach((g, i) => select.append(el('option', { value: String(i) }, g.key)));
    indicatorNode.before(el('p', {}, '指标：', select));
    const bars = chart('indicator-chart');
    const draw = () => {
      const g = groups[Number(select.value)];
      const entries = g.entries.filter((e) => typeof e.value === 'number');
      bars.setOption({
        textStyle: { fontFamily: FONT },
        tooltip: { formatter: (p) => `${escapeText(data.documents[entries[p.dataIndex].doc].title)}<br>${escapeText(entries[p.dataIndex].label)}` },
        grid: { left: 60, right: 20, top: 30, bottom: 70 },
        xAxis: { type: 'category', data: entries.map((e) => `${e.doc + 1}. ${data.documents[e.doc].title.slice(0, 10)}`), axisLabel: { interval: 0, rotate: 20, fontSize: 10 } },
        yAxis: { type: 'value', name: entries[0].unit || '' },
        series: [{ type: 'bar', data: entries.map((e) => e.value), label: { show: true, position: 'top', formatter: (p) => entries[p.dataIndex].label }, barMaxWidth: 48 }],
      }, true);
    };
    select.addEventListener('change', draw);
    draw();
  }
}

if (data.page === 'document') documentPage();
else if (data.page === 'index') indexPage();
