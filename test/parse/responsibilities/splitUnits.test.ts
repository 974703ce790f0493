import { describe, expect, it } from 'vitest';
import { cleanUnitName, splitUnitNames } from '../../../src/parse/responsibilities/splitUnits.js';

describe('splitUnitNames', () => {
  it('splits on 、，,；/ and keeps bracketed parts of a name whole', () => {
    expect(splitUnitNames('市民政局、各县（市、区）人民政府，市财政局；市医保局/市卫生健康委')).toEqual([
      '市民政局',
      '各县（市、区）人民政府',
      '市财政局',
      '市医保局',
      '市卫生健康委',
    ]);
  });

  it('splits on spaces between complete names', () => {
    expect(splitUnitNames('市大数据局 市工业和信息化局\u3000市发展改革委')).toEqual(['市大数据局', '市工业和信息化局', '市发展改革委']);
  });

  it('joins a name wrapped over two lines', () => {
    expect(splitUnitNames('市人力资源和社\n会保障局、市财政局')).toEqual(['市人力资源和社会保障局', '市财政局']);
  });

  it('drops a trailing 等 and 等有关部门, and edge punctuation', () => {
    expect(splitUnitNames('区教委、区国资委等，各街镇。')).toEqual(['区教委', '区国资委', '各街镇']);
    expect(splitUnitNames('市商务局、市税务局等有关部门')).toEqual(['市商务局', '市税务局']);
    expect(splitUnitNames('区人社局 ')).toEqual(['区人社局']);
  });

  it('keeps 相关部门 as a unit of its own', () => {
    expect(splitUnitNames('市人社局、市教体局、相关部门')).toEqual(['市人社局', '市教体局', '相关部门']);
  });
});

describe('cleanUnitName', () => {
  it('removes a deadline remark but keeps a qualifying bracket', () => {
    expect(cleanUnitName('市财政局（2023年底前完成）')).toBe('市财政局');
    expect(cleanUnitName('区县（市）人民政府')).toBe('区县（市）人民政府');
  });

  it('gives an empty name for a bare 等', () => {
    expect(cleanUnitName(' 等。')).toBe('');
  });
});

describe('a closing 等 with its holders', () => {
  it('drops `等有关部门和单位` and `等部门单位` after the last name', () => {
    expect(splitUnitNames('人力资源社会保障部、财政部等有关部门和单位')).toEqual(['人力资源社会保障部', '财政部']);
    expect(splitUnitNames('宣传部、商洛公司等部门单位')).toEqual(['宣传部', '商洛公司']);
  });

  it('splits at `等和` (one group closed by 等, the next joined by 和), not inside a name or a closing', () => {
    expect(splitUnitNames('文化和旅游部、全国总工会等和各省级人民政府')).toEqual(['文化和旅游部', '全国总工会', '各省级人民政府']);
    expect(splitUnitNames('商务部等有关部门和各有关省级人民政府')).toEqual(['商务部', '各有关省级人民政府']);
    expect(splitUnitNames('教育部等有关部门和单位')).toEqual(['教育部']);
  });
});
