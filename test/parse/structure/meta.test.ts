import { describe, expect, it } from 'vitest';
import { extractBasis } from '../../../src/parse/structure/meta/basis.js';
import { isoDateOf } from '../../../src/parse/numbers/dates.js';
import { docNumberOf } from '../../../src/parse/lexicon/docNumber.js';
import { splitRecipients } from '../../../src/parse/structure/meta/recipients.js';
import { structureOf } from './helpers.js';

describe('signature dates', () => {
  it.each([
    ['2020年9月4日', '2020-09-04'],
    ['二〇二二年十一月二十二日', '2022-11-22'],
    ['二○二一年三月一日', '2021-03-01'],
    ['2022 年 1 月 30 日', '2022-01-30'],
    ['２０２３年１２月５日', '2023-12-05'],
    ['2024年2月29日', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(isoDateOf(text)).toBe(iso));

  it.each(['2020年9月', '到2025年底', '2020年13月1日', '于2020年9月4日印发', '2022年11月31日', '2023年2月29日', '二〇二二年二月三十日'])('%s is no signature date', (text) =>
    expect(isoDateOf(text)).toBeNull(),
  );
});

describe('document numbers', () => {
  it.each([
    ['北碚府发〔2020〕44号', '北碚府发〔2020〕44号'],
    ['湘教法[2020]16号', '湘教法[2020]16号'],
    ['东人社发（2023）12 号', '东人社发（2023）12号'],
    ['  吉市政办发〔2022〕33号 ', '吉市政办发〔2022〕33号'],
  ])('%s → %s', (text, number) => expect(docNumberOf(text)).toBe(number));

  it('is not a sentence that cites one', () => {
    expect(docNumberOf('根据《方案》（国发〔2019〕4号）精神')).toBeNull();
  });
});

describe('recipients', () => {
  it('splits on 、，, but not inside brackets', () => {
    expect(splitRecipients('各县（市、区）人民政府，市政府各部门、各直属机构,有关单位：')).toEqual([
      '各县（市、区）人民政府', '市政府各部门', '各直属机构', '有关单位',
    ]);
  });

  it('keeps 各委、办、局 one addressee and splits 及各 between addressees', () => {
    expect(splitRecipients('各区人民政府，市政府各委、办、局，各街道办事处及各有关单位：')).toEqual([
      '各区人民政府', '市政府各委、办、局', '各街道办事处', '各有关单位',
    ]);
  });
});

describe('meta in the shapes of web copies', () => {
  it('joins a plan title broken over lines with a blank line between, as the notice cites it', () => {
    const text = [
      '# 关于印发《某市某区文物保护利用示范区 深化建设三年行动计划（2024-2026年）》的通知', '',
      '区政府各委、办、局：', '', '《某市某区文物保护利用示范区深化建设三年行动计划（2024—2026年）》已经区政府同意，现印发给你们。', '',
      '某市某区人民政府', '', '2024年7月15日', '',
      '某市某区文物保护利用示范区', '', '深化建设三年行动计划（2024—2026年）', '',
      '为推进示范区建设，制定本计划。', '', '一、指导思想', '', '坚持保护第一。', '', '二、基本原则', '', '坚持改革创新。',
    ].join('\n');
    const meta = structureOf(text).meta;
    expect(meta.title).toBe('某市某区文物保护利用示范区深化建设三年行动计划（2024—2026年）');
    expect(meta.recipients).toEqual(['区政府各委、办、局']);
    expect([meta.issuer, meta.issueDate]).toEqual(['某市某区人民政府', '2024-07-15']);
  });

  it('reads issuer and date glued to the plan title on one flattened line', () => {
    const text =
      '某综管〔2016〕88号 某区管委会印发积极推进“互联网+”行动实施方案的通知 区直各单位:现将《积极推进“互联网+”行动实施方案》印发给你们，请认真贯彻执行。 ' +
      '某区管委会 2016年4月15日积极推进“互联网+”行动实施方案 为贯彻落实省政府部署，制定本实施方案。一、总体要求充分发挥优势，推动发展。二、发展目标通过3年努力，形成格局。三、保障措施加强组织领导，确保落实。';
    const meta = structureOf(text).meta;
    expect([meta.title, meta.docNumber, meta.issuer, meta.issueDate, meta.recipients]).toEqual([
      '积极推进“互联网+”行动实施方案', '某综管〔2016〕88号', '某区管委会', '2016-04-15', ['区直各单位'],
    ]);
  });
});

describe('basis', () => {
  it('keeps nested 〈〉 titles whole and takes the 文号 that follows', () => {
    expect(
      extractBasis('为贯彻落实《国务院关于印发〈“十四五”就业促进规划〉的通知》（国发〔2021〕14号）和《省就业促进条例》精神，结合实际，制定本方案。'),
    ).toEqual([
      { title: '国务院关于印发〈“十四五”就业促进规划〉的通知', docNumber: '国发〔2021〕14号' },
      { title: '省就业促进条例', docNumber: null },
    ]);
  });

  it('reads only the basis sentence', () => {
    expect(extractBasis('近年来，《城市报》多次报道。根据《养老服务条例》，制定本方案。')).toEqual([
      { title: '养老服务条例', docNumber: null },
    ]);
  });
});

describe('meta of whole documents', () => {
  it('reads a notice wrapper: joint issuers, Chinese date, [year] number, title over two lines', () => {
    const text = [
      '甲市民政局 甲市财政局',
      '关于印发甲市社区养老服务',
      '提升方案的通知',
      '甲民发[2024]3号',
      '',
      '各区民政局、财政局：',
      '现将《甲市社区养老服务提升方案》印发给你们，请认真执行。',
      '',
      '甲市民政局　　甲市财政局',
      '二〇二四年一月八日',
      '',
      '甲市社区养老服务',
      '提升方案',
      '（2024—2026年）',
      '',
      '根据《养老服务条例》（甲政发〔2023〕9号），制定本方案。',
      '一、目标',
      '到2026年覆盖全部社区。',
    ].join('\n');
    expect(structureOf(text).meta).toEqual({
      title: '甲市社区养老服务提升方案',
      docNumber: '甲民发[2024]3号',
      issuer: '甲市民政局、甲市财政局',
      issueDate: '2024-01-08',
      recipients: ['各区民政局', '财政局'],
      draft: false,
      period: { start: 2024, end: 2026 },
      basis: [{ title: '养老服务条例', docNumber: '甲政发〔2023〕9号' }],
    });
  });

  it('takes 草案 for a draft and 试行 for none', () => {
    expect(structureOf('乙县就业帮扶办法（草案）\n\n一、总则\n内容。').meta).toMatchObject({ title: '乙县就业帮扶办法', draft: true });
    expect(structureOf('乙县就业帮扶办法（试行）\n\n一、总则\n内容。').meta).toMatchObject({ title: '乙县就业帮扶办法（试行）', draft: false });
  });

  it('reads the plan title out of the notice title when the plan has none of its own', () => {
    const text = '关于印发《丙区数字乡村建设方案》的通知\n各镇人民政府：\n现将方案印发给你们。\n\n一、目标\n内容。';
    expect(structureOf(text).meta).toMatchObject({ title: '丙区数字乡村建设方案', recipients: ['各镇人民政府'] });
  });
});

describe('a 主送 list wrapped over two lines', () => {
  it('is read whole', () => {
    const text = 'A市人民政府\n关于印发A市养老服务实施方案的通知\nA府发〔2023〕2号\n\n各县（市、区）人民政府，市政府各部门，\n各直属机构：\n现将《A市养老服务实施方案》印发给你们。\n\nA市人民政府\n2023年1月2日\n\nA市养老服务实施方案\n\n一、目标\n内容。\n';
    expect(structureOf(text).meta).toEqual({
      title: 'A市养老服务实施方案',
      docNumber: 'A府发〔2023〕2号',
      issuer: 'A市人民政府',
      issueDate: '2023-01-02',
      recipients: ['各县（市、区）人民政府', '市政府各部门', '各直属机构'],
      draft: false,
      period: null,
      basis: [],
    });
  });
});

describe('standalone plans and lead-in lines', () => {
  it('reads a signature set under the title of a plan without a notice', () => {
    const text = '戊区垃圾分类工作方案\n戊区人民政府办公室\n2023年5月6日\n\n为推进垃圾分类，制定本方案。\n一、目标\n内容。';
    expect(structureOf(text).meta).toMatchObject({ title: '戊区垃圾分类工作方案', issuer: '戊区人民政府办公室', issueDate: '2023-05-06' });
  });

  it('keeps the issuer in the title of a document that wraps no plan (organ + 关于 + subject + genre)', () => {
    const text = '国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n各省、自治区、直辖市人民政府：\n现提出以下意见。\n一、总体要求\n内容。';
    expect(structureOf(text).meta).toMatchObject({
      title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
      docNumber: '国发〔2018〕42号',
    });
  });

  it('does not take a lead-in sentence ending in a colon for the 主送 line', () => {
    const text = '关于开展安全生产大检查的通知\n\n现将有关事项通知如下：\n一、检查范围\n内容。';
    expect(structureOf(text).meta).toMatchObject({ title: '关于开展安全生产大检查的通知', recipients: [] });
  });
});

describe('a news-style lead in place of the notice', () => {
  it('gives the title, 文号 and issuer', () => {
    const text = '日前，某市人民政府办公室印发了《某市促进消费扩容提质实施方案》（某府办发〔2021〕105 号）。方案具体如下：\n\n为促进消费扩容提质，制定本方案。\n\n一、总体要求\n\n坚持扩大内需。\n\n二、重点任务\n\n（一）培育消费新业态。推动线上线下融合。\n';
    expect(structureOf(text).meta).toMatchObject({ title: '某市促进消费扩容提质实施方案', docNumber: '某府办发〔2021〕105号', issuer: '某市人民政府办公室' });
  });

  it('is not a basis sentence of the preamble', () => {
    const text = '某市养老服务实施方案\n\n根据省政府印发《某省养老服务条例》（某政发〔2020〕3号），制定本方案。\n\n一、总体要求\n\n坚持以人民为中心。\n\n二、重点任务\n\n推进工作。\n';
    expect(structureOf(text).meta).toMatchObject({ title: '某市养老服务实施方案', docNumber: null });
  });
});

describe('joint issuers glued where the line break was lost', () => {
  it('parts organs where their shared place name starts again', async () => {
    const { organsOf } = await import('../../../src/parse/structure/meta/organs.js');
    expect(organsOf('广州市卫生健康委员会  广州市财政局广州市人力资源和社会保障局')).toEqual(['广州市卫生健康委员会', '广州市财政局', '广州市人力资源和社会保障局']);
    expect(organsOf('某市市场监督管理局')).toEqual(['某市市场监督管理局']);
  });
});

describe('recipients over several lines', () => {
  it('joins a name broken mid-word at the line end', () => {
    const text = '某市人民政府办公室关于印发某市养老服务实施方案的通知\n某府办发〔2023〕5号\n各区人民政府，市政府各委、办、局，各有关\n单位：\n现将《某市养老服务实施方案》印发给你们，请认真贯彻执行。\n联系人：张三，联系电话：020-12345678。\n某市人民政府办公室\n2023年5月6日\n某市养老服务实施方案\n为推进养老服务，制定本方案。\n一、总体要求\n坚持以人民为中心。\n二、重点任务\n推进各项工作。\n';
    expect(structureOf(text).meta).toMatchObject({ recipients: ['各区人民政府', '市政府各委、办、局', '各有关单位'], issuer: '某市人民政府办公室', issueDate: '2023-05-06' });
  });
});

describe('a notice header flattened onto one line', () => {
  it.each([
    ['甲省发展和改革委员会甲省林业局文件甲发改能[2021] 634号', '甲发改能[2021]634号'],
    ['甲省生态环境厅甲环便函〔2021〕1202号', '甲环便函〔2021〕1202号'],
    ['某市工业和信息化局中共某市委宣传部文件某工信能源〔2022〕9号', '某工信能源〔2022〕9号'],
    // Short abbreviations that end in an organ word are whole numbers, not a glued head.
    ['赣府厅发〔2020〕1号', '赣府厅发〔2020〕1号'],
    ['沪府办发〔2025〕17号', '沪府办发〔2025〕17号'],
  ])('the number after a red-letter head or a full organ name: %s → %s', (text, number) => expect(docNumberOf(text)).toBe(number));

  it('addressees start after the notice or letter title on the same line', () => {
    expect(splitRecipients('甲省发展和改革委员会关于商请会签《甲省储备能力建设工作方案(2021-2025年)》的函省工业和信息化厅、省公安厅，各发电公司：')).toEqual([
      '省工业和信息化厅', '省公安厅', '各发电公司',
    ]);
    expect(splitRecipients('甲省生态环境厅关于请确认《某方案》目标指标的函省有关部门、单位:')).toEqual(['省有关部门', '单位']);
  });

  it('signature names start after the attachment title, period or draft mark glued before them', async () => {
    const { organTail } = await import('../../../src/parse/structure/meta/organs.js');
    expect(organTail('年)甲省发展和改革委员会')).toBe('甲省发展和改革委员会');
    expect(organTail('年)(送审稿)甲省生态环境厅')).toBe('甲省生态环境厅');
    expect(organTail('.甲省委办公厅关于推动绿色发展的若干措施(征求意见稿)甲省住房和城乡建设厅')).toBe('甲省住房和城乡建设厅');
    expect(organTail('甲省地方电力(集团)有限公司')).toBe('甲省地方电力(集团)有限公司');
  });

  it('a party organ of the same place parts glued organs too', async () => {
    const { organsOf } = await import('../../../src/parse/structure/meta/organs.js');
    expect(organsOf('某市工业和信息化局中共某市委精神文明建设办公室某市城市管理局')).toEqual(['某市工业和信息化局', '中共某市委精神文明建设办公室', '某市城市管理局']);
  });

  it('reads number, addressees, issuer, date and period of a letter whose header lines are glued', () => {
    const text = [
      '甲省生态环境厅甲环便函〔2021〕1202号',
      '甲省生态环境厅关于请确认《甲省三年行动方案(2021一2023年)》目标指标的函省有关部门、单位:',
      '按照省政府要求，请贵单位确认目标指标。',
      '附件:甲省三年行动方案(2021一2023',
      '年)(送审稿)甲省生态环境厅',
      '2021年8月17日',
      '甲省三年行动方案(2021一2023年)',
      '为推进结构调整，制定本方案。',
      '一、总体要求',
      '坚持系统推进。',
      '二、主要目标',
      '到2023年，完成各项任务。',
    ].join('\n');
    expect(structureOf(text).meta).toMatchObject({
      docNumber: '甲环便函〔2021〕1202号',
      issuer: '甲省生态环境厅',
      issueDate: '2021-08-17',
      recipients: ['省有关部门', '单位'],
      period: { start: 2021, end: 2023 },
    });
  });
});
