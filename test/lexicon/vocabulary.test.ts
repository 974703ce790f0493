// The words page readers and the parser share (src/lexicon/): one 文号 shape, one list of
// page-metadata labels, each read the same way by the HTML reader, the chrome finder and meta.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/formats/html.js';
import { DOC_NUMBER_LINE } from '../../src/lexicon/docNumber.js';
import { PAGE_FIELD_LABELS, PAGE_LABELS } from '../../src/lexicon/pageFields.js';
import { docNumberOf } from '../../src/parse/lexicon/docNumber.js';
import { headerCuts } from '../../src/parse/segment/headerCuts.js';
import { structureOf } from '../parse/structure/helpers.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const NUMBERS = ['国发〔2019〕4号', '湘教法[2020]16号', '东人社发[2023] 12 号', '豫政（2022）20号', '某府发【2021】１２号', 'Y府办［2024］3号'];

describe('the 文号 shape', () => {
  it.each(NUMBERS)('%s is a 文号 for the parser, the flattened-header cuts and the HTML reader', (number) => {
    expect(DOC_NUMBER_LINE.test(number)).toBe(true);
    expect(docNumberOf(number)).toBe(number.replace(/\s+/g, ''));
    const glued = `某县人民政府关于印发某方案的通知${number}各乡镇人民政府：`;
    expect(headerCuts(glued, 0, glued.length)).toContain(glued.indexOf(number) + number.length);
    const page = `<div><h1>某县人民政府关于印发某县农业发展方案的通知</h1><div>${number}</div><div id="zoom"><p>各乡镇人民政府：</p><p>现将《某县农业发展方案》印发给你们，请认真贯彻执行。</p><p>一、总体要求。到2025年建成农业园区10个。</p></div></div>`;
    expect(htmlToText(page).text.split('\n')[1]).toBe(number);
  });

  it.each(['〔2019〕4号', '国发〔2019〕4', '国发〔1899〕4号', '国发〔2019〕12345号', '国发2019年4号'])('%s is none', (value) => {
    expect(DOC_NUMBER_LINE.test(value)).toBe(false);
    expect(docNumberOf(value)).toBeNull();
  });

  it('may hold any blank between its parts, a no-break space too (web copies)', () => {
    expect(docNumberOf('某府发\u00a0〔2023〕\u00a01号')).toBe('某府发〔2023〕1号');
  });
});

describe('the page-metadata labels', () => {
  it('hold every label a field is read from', () => {
    for (const labels of Object.values(PAGE_FIELD_LABELS)) for (const label of labels) expect(PAGE_LABELS).toContain(label);
    expect(new Set(PAGE_LABELS).size).toBe(PAGE_LABELS.length);
  });

  it('are chrome in a text, and meta reads the fields under any of them (制发机关, 发文号, 印发日期)', () => {
    const text = [
      '| 制发机关 | 某市人民政府 | 印发日期 | 2023年5月8日 |',
      '| --- | --- | --- | --- |',
      '| 发 文 号 | 某府发〔2023〕9号 | 主题分类 | 农业 |',
      '',
      '某市农业发展实施方案',
      '',
      '一、工作目标',
      '到2025年，建成农业园区10个。',
    ].join('\n');
    const { meta, sections } = structureOf(text);
    expect(meta).toMatchObject({ title: '某市农业发展实施方案', docNumber: '某府发〔2023〕9号', issuer: '某市人民政府', issueDate: '2023-05-08' });
    expect(sections[0].start).toBe(text.indexOf('一、工作目标'));
  });

  it('are read by the HTML reader under the same names (发文机构), a value ending where the next label starts', () => {
    const html =
      '<table><tr><td>发文机构：</td><td>某市农业农村局</td></tr><tr><td>文号：某农发〔2023〕2号 有效性：有效</td></tr></table>' +
      '<div id="zoom"><p>一、总体要求</p><p>加强组织领导，加强组织领导。</p></div>';
    expect(htmlToText(html).hints).toEqual({ issuer: '某市农业农村局', docNumber: '某农发〔2023〕2号' });
  });
});

describe('the import graph', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

  it('keeps the readers (src/io) off the parser, and the shared words (src/lexicon) off both', () => {
    for (const file of files(join(SRC, 'io'))) expect(imports(file).filter((i) => i.includes('/parse/'))).toEqual([]);
    for (const file of files(join(SRC, 'lexicon'))) expect(imports(file)).toEqual([]);
  });
});
