import { describe, expect, it } from 'vitest';
import { readListBody } from '../../../src/parse/responsibilities/listBody.js';

describe('readListBody', () => {
  it('reads `A牵头，B、C等参与` as one lead and supporters', () => {
    expect(readListBody('市民政局牵头，市发展改革委、各县（市、区）人民政府等参与')).toEqual({
      units: [
        { name: '市民政局', role: 'lead' },
        { name: '市发展改革委', role: 'support' },
        { name: '各县（市、区）人民政府', role: 'support' },
      ],
      leadFirstClause: false,
      rolesStated: true,
      wrappedNames: new Set(['市民政局', '市发展改革委', '各县（市、区）人民政府']),
    });
  });

  it('marks as wrapped only the names whose own clause has a wrapper word', () => {
    expect([...readListBody('市文化和旅游局牵头，市体育局、各景区管委会，2025年底前完成').wrappedNames]).toEqual(['市文化和旅游局']);
  });

  it('reads a lead-first remark glued to the last name and leaves it out of the name', () => {
    const reading = readListBody('责任单位：市交通运输局、市公安局、市城管局（排名第一的为牵头单位）');
    expect(reading.units.map((u) => u.name)).toEqual(['市交通运输局', '市公安局', '市城管局']);
    expect(reading.leadFirstClause).toBe(true);
  });

  it('reads `A为牵头单位，B、C为配合单位`', () => {
    expect(readListBody('市体育局为牵头单位，市教育局、市卫生健康委为配合单位').units).toEqual([
      { name: '市体育局', role: 'lead' },
      { name: '市教育局', role: 'support' },
      { name: '市卫生健康委', role: 'support' },
    ]);
    expect(readListBody('市体育局、市教育局为责任单位').units).toEqual([
      { name: '市体育局', role: 'responsible' },
      { name: '市教育局', role: 'responsible' },
    ]);
  });

  it('keeps `〈〉` inside a name whole', () => {
    expect(readListBody('市应急管理局牵头，各县〈市、区〉应急管理部门参与').units).toEqual([
      { name: '市应急管理局', role: 'lead' },
      { name: '各县〈市、区〉应急管理部门', role: 'support' },
    ]);
  });

  it('reads `A牵头，B等按职责分工负责` as lead and support', () => {
    expect(readListBody('由市人力资源社会保障局牵头，市财政局、市教育局等按职责分工负责').units).toEqual([
      { name: '市人力资源社会保障局', role: 'lead' },
      { name: '市财政局', role: 'support' },
      { name: '市教育局', role: 'support' },
    ]);
  });

  it('reads `A、B按职责分工负责` without a lead as responsible', () => {
    expect(readListBody('市民政局、市财政局按职责分工负责').units).toEqual([
      { name: '市民政局', role: 'responsible' },
      { name: '市财政局', role: 'responsible' },
    ]);
  });

  it('reads labels: 牵头单位 leads, 配合单位 supports, 责任单位 is responsible', () => {
    expect(readListBody('牵头单位：市大数据局；配合单位：市工业和信息化局、市发展改革委').units).toEqual([
      { name: '市大数据局', role: 'lead' },
      { name: '市工业和信息化局', role: 'support' },
      { name: '市发展改革委', role: 'support' },
    ]);
    expect(readListBody('责任单位：区教委、区国资委等，各街镇。').units).toEqual([
      { name: '区教委', role: 'responsible' },
      { name: '区国资委', role: 'responsible' },
      { name: '各街镇', role: 'responsible' },
    ]);
  });

  it('drops the lead-first clause and reports it', () => {
    const reading = readListBody('市委组织部、市委宣传部，排第一位为牵头单位，下同');
    expect(reading.leadFirstClause).toBe(true);
    expect(reading.units.map((u) => u.name)).toEqual(['市委组织部', '市委宣传部']);
  });

  it('reads a `（牵头）` mark after a name', () => {
    expect(readListBody('市民政局（牵头）、市财政局', 'support').units).toEqual([
      { name: '市民政局', role: 'lead' },
      { name: '市财政局', role: 'support' },
    ]);
  });

  it('makes units merely responsible support a lead named in the same list', () => {
    expect(readListBody('牵头单位：市发展改革委；责任单位：各县（市、区）人民政府').units).toEqual([
      { name: '市发展改革委', role: 'lead' },
      { name: '各县（市、区）人民政府', role: 'support' },
    ]);
    expect(readListBody('责任单位：市民政局（牵头）、市财政局').units).toEqual([
      { name: '市民政局', role: 'lead' },
      { name: '市财政局', role: 'support' },
    ]);
  });

  it('reads 会同: the unit before it leads, the units joined support', () => {
    expect(readListBody('由市民政局牵头，会同市财政局等部门实施').units).toEqual([
      { name: '市民政局', role: 'lead' },
      { name: '市财政局', role: 'support' },
    ]);
    expect(readListBody('市民政局会同市财政局、市医保局负责').units).toEqual([
      { name: '市民政局', role: 'lead' },
      { name: '市财政局', role: 'support' },
      { name: '市医保局', role: 'support' },
    ]);
  });

  it('keeps 联合会 in a name', () => {
    expect(readListBody('市残疾人联合会、市工商业联合会').units.map((u) => u.name)).toEqual(['市残疾人联合会', '市工商业联合会']);
  });

  it('reads `A负责，B配合` as lead and supporter, and `A牵头，B负责` as lead and supporter', () => {
    expect(readListBody('市应急管理局负责，市消防救援支队配合').units).toEqual([
      { name: '市应急管理局', role: 'lead' },
      { name: '市消防救援支队', role: 'support' },
    ]);
    expect(readListBody('市应急管理局牵头，市消防救援支队负责').units).toEqual([
      { name: '市应急管理局', role: 'lead' },
      { name: '市消防救援支队', role: 'support' },
    ]);
  });

  it('keeps a 责任单位 label responsible beside a 配合单位 label', () => {
    expect(readListBody('责任单位：市教育局；配合单位：市财政局').units).toEqual([
      { name: '市教育局', role: 'responsible' },
      { name: '市财政局', role: 'support' },
    ]);
  });

  it('skips due-date clauses', () => {
    expect(readListBody('市教育局、市财政局按职责分工负责；2024年6月底前完成').units.map((u) => u.name)).toEqual(['市教育局', '市财政局']);
    expect(readListBody('长期坚持，市教育局负责').units.map((u) => u.name)).toEqual(['市教育局']);
  });

  it('ends at a due-time field or a remark after the units (`；完成时限：…`, `；根据…`)', () => {
    expect(readListBody('办公室牵头，宣传部配合，各供电公司负责；完成时限：全国两会召开前').units).toEqual([
      { name: '办公室', role: 'lead' },
      { name: '宣传部', role: 'support' },
      { name: '各供电公司', role: 'support' },
    ]);
    expect(readListBody('办公室负责，宣传部、商洛公司等部门单位配合；根据代表团统一安排确定汇报会具体时间等事项').units).toEqual([
      { name: '办公室', role: 'lead' },
      { name: '宣传部', role: 'support' },
      { name: '商洛公司', role: 'support' },
    ]);
    // A clause by remit is no remark: `根据职责分工负责` still assigns the names before it.
    expect(readListBody('市教育局、市财政局根据职责分工负责').units.map((u) => u.name)).toEqual(['市教育局', '市财政局']);
  });

  it('reads `…等部门分工负责` and `…等部门协同负责` as duty wrappers', () => {
    expect(readListBody('办公室、安监部、调控中心等部门分工负责').units).toEqual([
      { name: '办公室', role: 'responsible' },
      { name: '安监部', role: 'responsible' },
      { name: '调控中心', role: 'responsible' },
    ]);
    expect(readListBody('办公室、交易公司等部门协同负责,相关基层单位配合').units).toEqual([
      { name: '办公室', role: 'lead' },
      { name: '交易公司', role: 'lead' },
      { name: '相关基层单位', role: 'support' },
    ]);
  });

  it('reads `A、B指导` as a duty wrapper: responsible alone, lead beside a supporter', () => {
    expect(readListBody('财政部、国家发展改革委指导').units).toEqual([
      { name: '财政部', role: 'responsible' },
      { name: '国家发展改革委', role: 'responsible' },
    ]);
    expect(readListBody('商务部指导，供销合作总社参与').units).toEqual([
      { name: '商务部', role: 'lead' },
      { name: '供销合作总社', role: 'support' },
    ]);
  });

  it('splits clauses at `。` inside the brackets, and stops at a standing instruction', () => {
    expect(readListBody('工业和信息化部、科技部等负责。列第一位者为牵头单位，下同')).toMatchObject({
      units: [
        { name: '工业和信息化部', role: 'responsible' },
        { name: '科技部', role: 'responsible' },
      ],
      leadFirstClause: true,
    });
    expect(readListBody('生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出').units.map((u) => u.name)).toEqual([
      '生态环境部',
      '试点城市政府',
    ]);
  });
});
