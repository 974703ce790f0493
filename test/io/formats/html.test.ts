import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/io/formats/html.js';
import { parseDocument } from '../../../src/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const lines = (html: string) => htmlToText(html).text.split('\n').filter(Boolean);

describe('htmlToText', () => {
  it('keeps the article of a government page and drops its chrome', () => {
    const { text } = htmlToText(readFileSync(join(FIXTURES, 'formats', 'policy.html')));
    expect(text.split('\n')[0]).toBe('某市数字乡村建设三年行动方案（2024—2026年）');
    for (const chrome of ['首页', '当前位置', '分享到', '打印本页', '相关阅读', '农村电商交易额同比增长', '网站标识码', '统计代码', '_hmt', 'font-size', '索引号', '来源']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('ends lines at block elements and <br>, and joins Chinese broken over source lines without a space', () => {
    expect(lines(page('<div id="zoom"><p>一、总体\n  要求</p><p>到2025年，覆盖率达到<b>90%</b>以上。<br>（一）完善\n网络。</p><div>We use <i>open</i> data.</div></div>'))).toEqual([
      '一、总体要求',
      '到2025年，覆盖率达到90%以上。',
      '（一）完善网络。',
      'We use open data.',
    ]);
  });

  it('writes a table one row a line, cells tab-separated, rowspan and colspan filled into every covered cell', () => {
    const table = `<table>
      <tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td>1</td><td>甲任务</td><td rowspan="2">市发展改革委</td><td colspan="1">市财政局</td></tr>
      <tr><td>2</td><td>乙任务</td><td>市商务局</td></tr>
      <tr><td>3</td><td>丙任务</td><td colspan="2">市商务局</td></tr>
    </table>`;
    expect(lines(page(`<div class="article-content"><p>附件：重点任务分工表</p>${table}</div>`))).toEqual([
      '附件：重点任务分工表',
      '序号\t任务\t牵头单位\t配合单位',
      '1\t甲任务\t市发展改革委\t市财政局',
      '2\t乙任务\t市发展改革委\t市商务局',
      '3\t丙任务\t市商务局\t市商务局',
    ]);
  });

  it('reads a layout table (one holding tables) as blocks, not as a data table', () => {
    const html = page('<table><tr><td><p>一、总体要求</p><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table></td></tr></table>');
    expect(lines(html)).toEqual(['一、总体要求', '序号\t任务', '1\t甲']);
  });

  it('finds a body that the page embeds in a script as a JSON string', () => {
    const body = '<p>某市数字乡村建设三年行动方案</p><p>一、总体要求</p><p>' + '到2026年，全市行政村5G网络通达率达到95%以上。'.repeat(6) + '</p>';
    const html = page('<div class="nav"><a href="/">首页</a></div><div id="app"></div>', `<script>window.__DATA__ = {"title":"方案","content":${JSON.stringify(body)}};</script>`);
    const text = lines(html);
    expect(text[0]).toBe('某市数字乡村建设三年行动方案');
    expect(text[1]).toBe('一、总体要求');
    expect(text.join('')).not.toContain('首页');
  });

  it('offers the page metadata as hints: <meta> tags, the <title>, a label/value table', () => {
    const html = page(
      '<table><tr><td>发文字号：</td><td>某府发〔2023〕5号</td></tr><tr><td>发文机关：</td><td>某市人民政府</td></tr></table><div id="zoom"><p>一、总体要求</p><p>加强组织领导，加强组织领导。</p></div>',
      '<title>某市关于加强某某工作的实施意见_政策文件_某市人民政府</title><meta name="PubDate" content="2023/06/01 10:00">',
    );
    expect(htmlToText(html).hints).toEqual({ title: '某市关于加强某某工作的实施意见', docNumber: '某府发〔2023〕5号', issuer: '某市人民政府', issueDate: '2023/06/01 10:00' });
    // …which meta reads like a page-metadata table in the text: the date as ISO.
    const { text, hints } = htmlToText(html);
    expect(parseDocument(text, { hints }).meta).toMatchObject({ docNumber: '某府发〔2023〕5号', issuer: '某市人民政府', issueDate: '2023-06-01' });
  });

  it('decodes a GB2312 page', () => {
    const gb = Buffer.from('3c68746d6c3e3c686561643e3c6d65746120636861727365743d22676232333132223e3c2f686561643e3c626f64793e3c703ed2bba1a2d7dccce5d2aac7f33c2f703e3c2f626f64793e3c2f68746d6c3e', 'hex');
    expect(htmlToText(new Uint8Array(gb))).toMatchObject({ text: '一、总体要求\n', encoding: 'gb18030' });
  });

  it('fails with PDP_HTML_NO_TEXT on a page with no document text', () => {
    expect(() => htmlToText(page('<div class="nav"><a href="/">Home</a></div><script>var a = "一二三";</script>'))).toThrowError(
      expect.objectContaining({ code: 'PDP_HTML_NO_TEXT' }),
    );
  });

  it('reads Word-exported HTML (MsoNormal paragraphs, <o:p>, conditional comments) inside an old layout-table page; paragraphs of a cell stay apart', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>某县关于推进某某工作的实施方案-某县人民政府</title></head><body>
      <table width="100%"><tr><td class="nav"><a href="/">网站首页</a> <a href="/a">政务公开</a> <a href="/b">办事服务</a></td></tr>
      <tr><td><table><tr><td id="zoom">
        <p class=MsoNormal style='text-indent:32.0pt'><span lang=EN-US>一、</span><span>总体要求<o:p></o:p></span></p>
        <!--[if !supportLists]--><p class=MsoNormal><span>（一）工作目标。到</span><span lang=EN-US>2025</span><span>年，覆盖率达到</span><span lang=EN-US>90%</span><span>。<o:p></o:p></span></p><!--[endif]-->
        <table class=MsoNormalTable border=1><tr><td><p class=MsoNormal><span>序号</span></p></td><td><p class=MsoNormal><span>牵头单位</span></p></td></tr>
        <tr><td><p class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td><td><p class=MsoNormal><span>县发展</span><span>改革局</span></p><p class=MsoNormal><span>县财政局</span></p></td></tr></table>
      </td></tr></table></td></tr></table>
      <div class="foot">版权所有：某县人民政府</div></body></html>`;
    const { text, hints } = htmlToText(html);
    expect(text.split('\n').filter(Boolean)).toEqual(['一、总体要求', '（一）工作目标。到2025年，覆盖率达到90%。', '序号\t牵头单位', '1\t县发展改革局 县财政局']);
    expect(hints.title).toBe('某县关于推进某某工作的实施方案');
  });

  it('picks the article inside a wide content wrapper that also holds a sidebar and a related list', () => {
    const para = (t: string) => `<p>${t}</p>`;
    const html = page(`<div class="content"><div class="side-bar"><h3>热点专题</h3><ul><li><a href="/1">某某专题一</a></li><li><a href="/2">某某专题二</a></li><li><a href="/3">某某专题三</a></li></ul></div>
      <div class="detail"><div class="wenzhang-title">某市关于加快发展某某产业的实施意见</div>
      <div class="detail-text-content">${para('一、总体要求')}${para('到2025年，全市某某产业规模达到1000亿元以上，培育龙头企业10家。')}${para('二、重点任务')}</div></div>
      <div class="xgxw"><a href="/x">某某新闻一</a><a href="/y">某某新闻二</a><a href="/z">某某新闻三</a></div></div>`);
    expect(lines(html)).toEqual(['某市关于加快发展某某产业的实施意见', '一、总体要求', '到2025年，全市某某产业规模达到1000亿元以上，培育龙头企业10家。', '二、重点任务']);
  });

  it('a national-portal style page: metadata table, byline, font-size links, print/share bar and related policies all left out', () => {
    const { text, hints } = htmlToText(readFileSync(join(FIXTURES, 'formats', 'portal-notice.html')));
    expect(text.split('\n').filter(Boolean)).toEqual([
      '某省人民政府办公厅关于印发某省促进某某产业发展行动方案的通知',
      '某政办发〔2024〕15号',
      '各市人民政府，省政府各部门：',
      '《某省促进某某产业发展行动方案》已经省政府同意，现印发给你们，请认真组织实施。',
      '某省人民政府办公厅',
      '2024年5月6日',
      '某省促进某某产业发展行动方案',
      '一、发展目标',
      '到2026年，全省某某产业营业收入突破2000亿元，年均增长15%以上。',
      '二、重点任务',
      '（一）壮大市场主体。培育龙头企业10家。（省工业和信息化厅牵头，省发展改革委配合）',
    ]);
    expect(hints).toEqual({
      title: '某省人民政府办公厅关于印发某省促进某某产业发展行动方案的通知',
      docNumber: '某政办发〔2024〕15号',
      issuer: '某省人民政府办公厅',
      issueDate: '2024年05月06日',
    });
  });

  it('finds a body in a single-quoted script string or in a hidden <textarea>', () => {
    const body = '<p>一、总体要求</p><p>' + '到2026年，全市行政村5G网络通达率达到95%以上。'.repeat(10) + '</p>';
    const single = page('<div id="app"></div>', `<script>var content = '${body.replace(/'/g, "\\'")}';</script>`);
    expect(lines(single)[0]).toBe('一、总体要求');
    const escaped = body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const hidden = page(`<div class="nav"><a href="/">首页</a></div><textarea id="content" style="display:none">${escaped}</textarea><div id="show"></div>`);
    expect(lines(hidden)[0]).toBe('一、总体要求');
  });

  it('keeps the line breaks of preformatted text and drops template placeholders', () => {
    expect(lines(page('<div id="zoom"><p>{{ article.title }}</p><pre>一、总体要求\n  到2025年，覆盖率达到90%。\n\n二、重点任务</pre></div>'))).toEqual([
      '一、总体要求',
      '到2025年，覆盖率达到90%。',
      '二、重点任务',
    ]);
  });
});


describe('a table inside the article body', () => {
  it('is a table of the document, and a lead unit spanning two rows leads both', async () => {
    const { parseDocumentAsync } = await import('../../../src/index.js');
    const page = `<html><head><title>某市数字经济行动方案_某市人民政府</title></head><body>
<div class="nav">首页 &gt; 政务公开</div><div class="article"><h1>某市数字经济行动方案</h1>
<p>一、工作目标</p><p>到2025年，数字经济核心产业增加值达到500亿元。</p><p>表1 主要指标</p>
<table><tr><td>序号</td><td>指标</td><td>2025年目标</td><td>牵头单位</td></tr>
<tr><td>1</td><td>数字经济核心产业增加值</td><td>500亿元</td><td rowspan="2">市发展改革委</td></tr>
<tr><td>2</td><td>5G基站数量</td><td>1万个</td></tr></table>
<p>二、重点任务</p><p>（一）推进基础设施建设。加快5G建设。（责任单位：市工信局）</p></div>
<div class="footer">版权所有 某市人民政府</div></body></html>`;
    const doc = await parseDocumentAsync(new TextEncoder().encode(page), { path: 'plan.html', includeText: true });
    expect(doc.tables.map((t) => [t.title, t.rows.length])).toEqual([['表1 主要指标', 2]]);
    expect(doc.responsibilities.map((r) => [r.table, r.row, r.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      [0, 1, ['市发展改革委:lead']],
      [0, 2, ['市发展改革委:lead']],
      [null, null, ['市工信局:responsible']],
    ]);
  });
});

describe('the 文号 shown under the title', () => {
  it('comes into the text between the title and the article, so meta reads it', () => {
    const page = `<div class="details-main"><h2 id="subtitle">某省人民政府<br>关于印发某省营商环境实施方案的通知</h2>
<h4><span>某政〔2022〕20号</span></h4><div class="content" id="content"><p>各市人民政府：</p>
<p>现将《某省营商环境实施方案》印发给你们，请认真贯彻执行。</p><p>某省人民政府</p><p>2022年6月2日</p>
<p>某省营商环境实施方案</p><p>一、指导思想。坚持改革创新。</p><p>二、主要目标。到2025年，市场主体达到100万户。</p></div></div>`;
    const { text } = htmlToText(page);
    expect(text.split('\n').slice(0, 3)).toEqual(['某省人民政府关于印发某省营商环境实施方案的通知', '某政〔2022〕20号', '各市人民政府：']);
  });
});
