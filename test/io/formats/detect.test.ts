import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/io/formats/detect.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'formats', name));
const utf8 = (s: string) => new TextEncoder().encode(s);
const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('detectFormat', () => {
  it('goes by content before the name: a page saved as .txt is HTML, a Word file named .doc is DOCX, a PDF is a PDF', () => {
    expect(detectFormat(fixture('policy.html'), 'saved.txt')).toBe('html');
    expect(detectFormat(fixture('policy.docx'), 'old-name.doc')).toBe('docx');
    expect(detectFormat(fixture('policy.pdf'), 'download.txt')).toBe('pdf');
    // Content without markup or signature: the name decides.
    expect(detectFormat(fixture('policy.txt'), 'plan.html')).toBe('html');
  });

  it('reads stdin (no name) by content alone', () => {
    expect(detectFormat(fixture('policy.html'), '-')).toBe('html');
    expect(detectFormat(fixture('policy.pdf'), null)).toBe('pdf');
    expect(detectFormat(fixture('policy.txt'), '-')).toBe('txt');
    expect(detectFormat(utf8('\uFEFF  <!-- saved -->\n<HTML><body>一、</body></HTML>'), '-')).toBe('html');
  });

  it('tells .md from .txt by the extension, and keeps plain text with a stray < as text', () => {
    expect(detectFormat(utf8('# 标题\n一、总体要求'), 'a.md')).toBe('md');
    expect(detectFormat(utf8('一、总体要求 <2025年>\n'), 'a.txt')).toBe('txt');
  });

  it('--from wins over detection', () => {
    expect(detectFormat(fixture('policy.html'), 'x.html', 'txt')).toBe('txt');
  });

  it('knows an OFD (a ZIP holding OFD.xml) whatever its name', () => {
    expect(detectFormat(fixture('policy.ofd'), 'download.zip')).toBe('ofd');
  });

  it('names .doc and .wps and says how to convert them', () => {
    expect(() => detectFormat(OLE2, 'a.doc')).toThrowError(/^Word 97-2003 document \(\.doc\): convert it with `soffice --headless --convert-to docx FILE`/);
    expect(() => detectFormat(OLE2, 'a.wps')).toThrowError(/^WPS Writer document \(\.wps\): convert it with `soffice --headless --convert-to docx/);
    try {
      detectFormat(OLE2, 'x.bin');
      expect.unreachable();
    } catch (error) {
      expect((error as { code: string }).code).toBe('PDP_FORMAT_UNSUPPORTED');
    }
    expect(() => detectFormat(utf8('PK\u0003\u0004 other.xml'), 'a.zip')).toThrowError('ZIP archive that is not a Word document (.zip): unpack it and parse the documents inside');
  });
});
