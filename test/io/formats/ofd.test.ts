import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deltas, ofdToText, pageRuns } from '../../../src/io/formats/ofd.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const fixture = () => readFileSync(join(FIXTURES, 'formats', 'policy.ofd'));

describe('ofdToText', () => {
  it('reads the pages in order, leaves the page template (running header) and page numbers out', () => {
    const { text, hints } = ofdToText(fixture());
    expect(text.split('\n')[0]).toBe('某市数字乡村建设三年行动方案（2024—2026年）');
    expect(text).not.toContain('规范性文件');
    expect(text).not.toMatch(/—\s*\d+\s*—/);
    expect(text).toContain('\n2\t推进千兆光网进村\t市通信管理办公室\t各县区人民政府\t2026年底\n');
    expect(hints).toEqual({ title: '某市数字乡村建设三年行动方案（2024—2026年）' });
  });

  it('expands DeltaX (`g N D` is N copies of D) and places each run from its Boundary and X/Y', () => {
    expect(deltas('g 3 5.6 2 g 2 1')).toEqual([5.6, 5.6, 5.6, 2, 1, 1]);
    const runs = pageRuns(`<ofd:Page ${NS}><ofd:Content><ofd:Layer><ofd:TextObject Boundary="20 30 50 8" Size="5"><ofd:TextCode X="1" Y="5" DeltaX="g 2 5">一、总</ofd:TextCode><ofd:TextCode X="16" Y="5">体要求</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`);
    expect(runs).toEqual([
      { x: 21, y: -35, end: 36, size: 5, text: '一、总' },
      { x: 36, y: -35, end: 51, size: 5, text: '体要求' },
    ]);
  });

  it('fails with PDP_OFD_NO_TEXT on pages of images, PDP_OFD_INVALID on a damaged package', () => {
    const files = unzipSync(fixture());
    for (const name of Object.keys(files).filter((f) => f.includes('/Pages/'))) {
      files[name] = strToU8(`<ofd:Page ${NS}><ofd:Content><ofd:Layer><ofd:ImageObject ID="9" Boundary="0 0 210 297" ResourceID="1"/></ofd:Layer></ofd:Content></ofd:Page>`);
    }
    expect(() => ofdToText(zipSync(files))).toThrowError(expect.objectContaining({ code: 'PDP_OFD_NO_TEXT' }));
    expect(() => ofdToText(fixture().subarray(0, 300))).toThrowError(expect.objectContaining({ code: 'PDP_OFD_INVALID' }));
    expect(() => ofdToText(zipSync({ 'OFD.xml': strToU8(`<ofd:OFD ${NS}><ofd:DocBody/></ofd:OFD>`) }))).toThrowError('not a readable OFD package (no DocRoot in OFD.xml)');
  });
});
