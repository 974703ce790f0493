import { describe, expect, it } from 'vitest';
import { sectionMarkerExclusion } from '../../../src/parse/targets/exclusions/sectionMarker.js';
import { buildTextIndex } from '../../../src/parse/segment/textIndex.js';

const blanked = (text: string) => sectionMarkerExclusion.find(text, undefined, buildTextIndex(text)).map((s) => text.slice(s.start, s.end));

describe('sectionMarker exclusion (the marker lexer where a marker can stand)', () => {
  it('blanks outline markers at a line start or after a clause end or colon, bracketed ones anywhere', () => {
    expect(blanked('一、目标\n（一）养老。1.新增床位500张；2.建成3所：①培训（2）人')).toEqual(['一、', '（一）', '1.', '2.', '①', '（2）']);
    expect(blanked('\r\n  十一、措施\u2028 3．落实')).toEqual(['十一、', '3．']);
  });

  it('leaves numbers inside a sentence and decimals that read as quantities', () => {
    expect(blanked('建成3所，完成2.项')).toEqual([]);
    expect(blanked('。1.5%的企业；2.5倍；3.2亿元；0.5个百分点')).toEqual([]);
    // A decimal-looking marker before other text is still a marker (`10.15-30%的…`, note 10).
    expect(blanked('。10.15-30%的')).toEqual(['10.']);
    expect(blanked('**一、**总体要求')).toEqual([]);
  });
});
