import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { documentPage, escapeHtml, indexPage, jsonForScript } from '../../src/report/index.js';
import { pageHref } from '../../src/report/pages.js';

describe('escaping document text into HTML', () => {
  it('escapes the five HTML specials and nothing else', () => {
    expect(escapeHtml(`<a href="x">&'</a> 中文`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt; 中文');
    expect(escapeHtml(null)).toBe('');
  });

  it('links pages so that no file name reads as a scheme or a fragment', () => {
    expect(pageHref('javascript:alert(1).html')).toBe('./javascript%3Aalert(1).html');
    expect(pageHref('计划#2 "a".html')).toBe('./%E8%AE%A1%E5%88%92%232%20%22a%22.html');
  });

  it('writes JSON that cannot end its script block, and reads back the same', () => {
    const value = { title: '</script><script>alert(1)</script><!-- \u2028 & >' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });

  const hostile = [
    '某市<script>alert(1)</script>工作方案',
    '一、工作目标<img src=x onerror=alert(2)>',
    '到2025年，覆盖率达到90%以上。</script><!--',
    '二、保障措施',
    '（一）加强领导。（牵头单位：市<b>政府</b>办公室；配合单位：市财政局）',
  ].join('\n');
  const doc = parseDocument(hostile, { path: 'a"b<c>.txt' });
  const page = documentPage({ document: doc, text: hostile, page: 'x.html' });

  it('shows a title holding <script> as text', () => {
    expect(doc.meta.title).toBe('某市<script>alert(1)</script>工作方案');
    expect(page).toContain('<h1>某市&lt;script&gt;alert(1)&lt;/script&gt;工作方案</h1>');
    expect(page).toContain('<title>某市&lt;script&gt;alert(1)&lt;/script&gt;工作方案 · 政策文件报告</title>');
  });

  it('leaves no markup of the document in the page', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>政府');
    expect(page).not.toContain('<!--');
    expect(page).not.toContain('a"b<c>');
    // Exactly two script elements: the data block and the shared script.
    expect(page.match(/<script\b/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    const index = indexPage([{ document: doc, text: hostile, page: 'x.html' }]);
    expect(index.match(/<script\b/g)).toHaveLength(2);
    expect(index).not.toContain('<script>alert');
  });

  it('shows fields later versions add (deadlineSource, source.format) when present, escaped', () => {
    const withExtras = {
      ...doc,
      source: { ...doc.source, format: 'html' },
      targets: doc.targets.map((t) => ({ ...t, deadlineSource: '<clause>' })),
    } as unknown as typeof doc;
    const html = documentPage({ document: withExtras, text: hostile, page: 'x.html' });
    expect(html).toContain('<th>期限来源</th>');
    expect(html.match(/<td>&lt;clause&gt;<\/td>/g)).toHaveLength(doc.targets.length);
    expect(html).toContain('格式 html');
    // Every target of this version carries deadlineSource (null where no rule gave a deadline).
    expect(page).toContain('<th>期限来源</th>');
  });

  it('embeds the data the page script reads, intact', () => {
    const block = page.match(/<script type="application\/json" id="pdp-data">(.*?)<\/script>/s)![1];
    const data = JSON.parse(block);
    expect(data.title).toBe(doc.meta.title);
    expect(data.targets).toEqual(doc.targets);
    expect(data.lists).toEqual(doc.responsibilities);
  });
});
