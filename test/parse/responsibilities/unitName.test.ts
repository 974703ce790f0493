import { describe, expect, it } from 'vitest';
import { isOrganisationName, isPublicBodyName, isUnitName, isWrappedListName } from '../../../src/parse/responsibilities/unitName.js';

describe('unit names', () => {
  it.each([
    '市民政局', '市委编办', '区教委', '市人力资源社会保障局', '各县（市、区）人民政府', '区县（市）人民政府',
    '市政府督查室', '团区委', '区总工会', '市残联', '市科协', '有关行业组织', '相关部门', '国网供电公司', '市委宣传部',
    '共青团州委', '共青团市委', '市高院', '市中院', '区经发局发改处', '发改处', '市卫生健康委医政处', '人事处室', '区财政局预算科', '法规科室',
  ])('%s is an organisation', (name) => {
    expect(isOrganisationName(name)).toBe(true);
    expect(isUnitName(name)).toBe(true);
  });

  it.each(['各街镇', '高新区', '各乡镇'])('%s is a place-like unit, not an organisation', (name) => {
    expect(isUnitName(name)).toBe(true);
    expect(isOrganisationName(name)).toBe(false);
  });

  it.each(['技工教育', '2021-2025年', '征求意见稿', '市', '新格局', '中西部', '以下简称“市大数据局”', '大通湖区除外', '基层', '共计三个部门', '好处', '各处', '难处', '全科', '学科', '本科'])(
    '%s is not an organisation',
    (name) => {
      expect(isOrganisationName(name)).toBe(false);
    },
  );

  it('tells public bodies from companies and schools', () => {
    expect(isPublicBodyName('市国资委')).toBe(true);
    expect(isPublicBodyName('各县（市、区）人民政府')).toBe(true);
    expect(isPublicBodyName('国网供电公司')).toBe(false);
    expect(isPublicBodyName('各职业院校')).toBe(false);
    expect(isPublicBodyName('省级示范中心')).toBe(false);
  });
});

describe('names under a wrapper word', () => {
  it.each(['各医共体', '市城投', '各医联体', '各乡镇人民政府〈街道办事处〉', '县融媒体中心', '市场监管所'])('%s is taken', (name) => {
    expect(isWrappedListName(name)).toBe(true);
  });

  it.each(['社会力量', '广大群众', '社会组织积极', '市财政局给予资金', '年底前完成', '2025年', '“一老一小”服务'])('%s is not', (name) => {
    expect(isWrappedListName(name)).toBe(false);
  });
});
