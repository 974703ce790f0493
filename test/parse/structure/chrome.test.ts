import { describe, expect, it } from 'vitest';
import { structureOf, treeKey } from './helpers.js';

// A plan as a crawler saved its web page: breadcrumbs, the page-metadata table, a publish line,
// share and print buttons, a QR image, a side-bar link list, percent-encoded text and the footer.
const page = [
  '[首页](http://www.example.gov.cn/) > [政务公开](http://www.example.gov.cn/zwgk/) > [政策文件](http://www.example.gov.cn/zwgk/zcwj/)',
  '',
  '当前位置：首页 > 政务公开 > 政策文件',
  '',
  '| 索 引 号 | 11440100MB2C92/2023-00123 | 主题分类 | 卫生健康 |',
  '| --- | --- | --- | --- |',
  '| 发文机关 | 某市人民政府办公厅 | 成文日期 | 2023年10月19日 |',
  '| 文 号 | 某府办函〔2023〕12号 | 发布日期 | 2023-10-20 |',
  '',
  '# 某市推进养老服务高质量发展实施方案',
  '',
  '发布日期：2023-10-20 10:32  来源：市政府办公厅  浏览次数：1234  字号：[大] [中] [小]',
  '',
  '分享到：微信 微博 QQ空间',
  '',
  '为推进养老服务高质量发展，制定本方案。',
  '',
  '一、工作目标',
  '',
  '到2025年，全市养老机构护理型床位占比达到60%以上。',
  '',
  '二、重点任务',
  '',
  '（一）建设养老服务中心。各区要建设中心。（责任单位：市民政局）',
  '',
  '（二）培训养老护理员。每年培训2000人次。（责任单位：市人社局）',
  '',
  '![](http://www.example.gov.cn/images/2023/10/qrcode_300x300.png)',
  '',
  '扫一扫在手机打开当前页',
  '',
  '【打印】 【关闭】',
  '',
  '相关链接：',
  '',
  '- [某市召开养老服务工作会议](http://www.example.gov.cn/xw/2023/1.html)',
  '- [关于2023年第3批养老机构名单的公示](http://www.example.gov.cn/xw/2023/2.html)',
  '某市民政局 2023年5名护理员获表彰',
  '',
  '%E6%9F%90%E5%B8%82%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1%E9%AB%98',
  '',
  '版权所有：某市人民政府办公厅  网站标识码：4401000001  粤ICP备05011111号',
].join('\n');

describe('web chrome around a crawled page', () => {
  const structure = structureOf(page);

  it('finds the body between the chrome, and the outline only in it', () => {
    const { body, chrome } = structure.regions!;
    expect(page.slice(body.start, body.start + 10)).toBe('# 某市推进养老服务');
    expect(page.slice(body.end - 12, body.end)).toBe('。（责任单位：市人社局）');
    expect(treeKey(structure)).toEqual(['1|1|一、|1|工作目标', '2|1|二、|2|重点任务', '2.1|2|（一）|1|建设养老服务中心', '2.2|2|（二）|2|培训养老护理员']);
    const chromeText = chrome.map((s) => page.slice(s.start, s.end));
    expect(chromeText).toContain('分享到：微信 微博 QQ空间');
    expect(chromeText).toContain('某市民政局 2023年5名护理员获表彰');
    expect(chromeText).toHaveLength(17);
    expect(chromeText.some((t) => t.includes('制定本方案'))).toBe(false);
  });

  it('reads the meta the page-metadata table alone gives, and no recipient from chrome', () => {
    expect(structure.meta).toMatchObject({
      title: '某市推进养老服务高质量发展实施方案',
      docNumber: '某府办函〔2023〕12号',
      issuer: '某市人民政府办公厅',
      issueDate: '2023-10-19',
      recipients: [],
    });
  });

  it('leaves a document without chrome whole', () => {
    const plain = '某市实施方案\n\n一、工作目标\n\n到2025年完成。\n';
    const s = structureOf(plain);
    expect(s.regions).toEqual({ body: { start: 0, end: plain.length - 1 }, chrome: [] });
  });
});

describe('a page-metadata block written as list items, values on the next line', () => {
  const text = [
    '返回顶部', '', '某县人民政府工作规则', '',
    '  • 索引号:', '', '    6107280000/2024-001005', '  • 主题分类:', '',
    '  • 发文字号:', '', '    某政发〔2024〕7号', '  • 发文日期:', '', '    2024年04月06日 16:40',
    '  • 发布日期:', '', '    2024年04月06日 16:34', '',
    '某县人民政府工作规则', '', '一、根据有关法律，结合本县实际，制定本规则。', '', '二、县政府工作的指导思想是推进高质量发展。', '',
    '浏览量:          时间:2024-04-06 16:34',
  ].join('\n');

  it('reads 文号 and date from it and keeps all of it out of the body', () => {
    const s = structureOf(text);
    expect(s.meta).toMatchObject({ docNumber: '某政发〔2024〕7号', issueDate: '2024-04-06', title: '某县人民政府工作规则' });
    const chrome = s.regions!.chrome.map((c) => text.slice(c.start, c.end).trim());
    expect(chrome).toEqual(['返回顶部', '• 索引号:', '6107280000/2024-001005', '• 主题分类:', '• 发文字号:', '某政发〔2024〕7号', '• 发文日期:', '2024年04月06日 16:40', '• 发布日期:', '2024年04月06日 16:34', '浏览量:          时间:2024-04-06 16:34']);
    expect(treeKey(s).map((k) => k.split('|')[0])).toEqual(['1', '2']);
  });
});

describe('an attachment line linking to its file', () => {
  it('stays in the body even with a percent-encoded URL', () => {
    const text = '某市养老服务实施方案\n\n一、总体要求\n\n推进工作。\n\n附件：[某市养老服务任务清单.xlsx](http://www.example.gov.cn/files/%E6%9F%90%E5%B8%82%E5%85%BB%E8%80%81.xlsx)\n';
    const s = structureOf(text);
    expect(s.regions!.chrome).toEqual([]);
    expect(s.sections[0].end).toBe(text.indexOf('附件') - 2);
  });
});
