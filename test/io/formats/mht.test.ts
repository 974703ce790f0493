import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/io/formats/detect.js';
import { readDocument } from '../../../src/io/formats/index.js';
import { FIXTURES } from '../../helpers/fixtures.js';

const page = readFileSync(join(FIXTURES, 'formats', 'policy.html'));
/** Quoted-printable as browsers write it: =XX for bytes outside ASCII and for '=', soft breaks at 76. */
function quotedPrintable(bytes: Uint8Array): string {
  let line = '';
  let out = '';
  for (const b of bytes) {
    const piece = b === 0x0a ? '\n' : b >= 0x20 && b < 0x7f && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\n') {
      out += line + '\n';
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += line + '=\n';
      line = '';
    }
    line += piece;
  }
  return out + line;
}
const archive = (html: string, encoding: string) =>
  new TextEncoder().encode(
    'From: <Saved by Blink>\nSubject: page\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary--abc"\n\n'
      + `------MultipartBoundary--abc\nContent-Type: text/html\nContent-Transfer-Encoding: ${encoding}\nContent-Location: https://example.gov.cn/a.html\n\n${html}\n`
      + '------MultipartBoundary--abc\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n------MultipartBoundary--abc--\n',
  );

describe('web archives (.mht)', () => {
  it('reads the page of a quoted-printable or base64 archive like the page itself', async () => {
    const direct = await readDocument(page, { path: 'policy.html' });
    for (const mht of [archive(quotedPrintable(page), 'quoted-printable'), archive(Buffer.from(page).toString('base64').replace(/.{76}/g, '$&\n'), 'base64')]) {
      expect(detectFormat(mht, 'saved.mht')).toBe('html');
      expect(detectFormat(mht, 'saved.txt')).toBe('html');
      const read = await readDocument(mht, { path: 'saved.mht' });
      expect(read.decoded.text).toBe(direct.decoded.text);
      expect(read.hints).toEqual(direct.hints);
    }
  });
});
