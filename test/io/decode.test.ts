import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, normaliseEncodingLabel, firstInvalidUtf16 } from '../../src/io/decode.js';
import { PolicyParseError } from '../../src/errors.js';
import { FIXTURES } from '../helpers/fixtures.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'io', name));
const original = readFileSync(join(FIXTURES, 'io', 'elderly-care.utf8.txt'), 'utf8');

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof PolicyParseError ? error.code : 'not a PolicyParseError';
  }
}

describe('decode', () => {
  it.each([
    ['elderly-care.utf8.txt', 'utf-8'],
    ['elderly-care.utf8-bom.txt', 'utf-8'],
    ['elderly-care.utf16le-bom.txt', 'utf-16le'],
    ['elderly-care.utf16be.txt', 'utf-16be'],
    ['elderly-care.gb18030.txt', 'gb18030'],
  ])('%s decodes as %s to the same text, BOM removed', (name, encoding) => {
    const decoded = decode(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(original);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('keeps line endings and full-width spaces as they are', () => {
    const text = '一、总体要求\r\n\u3000\u3000到2025年。\r\n';
    expect(decode(new TextEncoder().encode(text)).text).toBe(text);
  });

  it('reads ASCII-heavy UTF-16LE without a BOM', () => {
    const text = 'Plan 2025: 100%\n';
    const bytes = Buffer.from(text, 'utf16le');
    expect(decode(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('decodes GB18030 four-byte sequences (characters outside GBK)', () => {
    // U+20000 𠀀 is a four-byte GB18030 sequence: 0x95 0x32 0x82 0x36.
    const bytes = Uint8Array.from([0xc4, 0xb3, 0x95, 0x32, 0x82, 0x36, 0x0a]);
    expect(decode(bytes)).toEqual({ text: '某\u{20000}\n', encoding: 'gb18030' });
  });

  it('honours a forced encoding and names it canonically', () => {
    const gbk = fixture('elderly-care.gb18030.txt');
    expect(decode(gbk, 'GBK')).toEqual({ text: original, encoding: 'gb18030' });
    expect(normaliseEncodingLabel(' gb2312 ')).toBe('gb18030');
    expect(normaliseEncodingLabel('UTF8')).toBe('utf-8');
  });

  it('rejects bytes invalid in the forced encoding', () => {
    expect(codeOf(() => decode(Uint8Array.from([0xff, 0xfe, 0xfd]), 'utf-8'))).toBe('PDP_ENCODING_UNDECODABLE');
  });

  it('rejects an unknown encoding label', () => {
    expect(codeOf(() => normaliseEncodingLabel('klingon-8'))).toBe('PDP_ENCODING_UNKNOWN');
  });

  it('rejects binary data with NUL bytes', () => {
    expect(codeOf(() => decode(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00])))).toBe(
      'PDP_INPUT_BINARY',
    );
  });

  it('rejects text full of control characters', () => {
    expect(codeOf(() => decode(new TextEncoder().encode('\u0001\u0002\u0003\u0004\u0005abc')))).toBe('PDP_INPUT_BINARY');
  });

  it('rejects bytes no supported charset decodes', () => {
    // 0xFF is neither a UTF-8 nor a GB18030 lead byte; odd length rules out UTF-16.
    expect(codeOf(() => decode(Uint8Array.from([0x41, 0xff, 0x0a])))).toBe('PDP_ENCODING_UNDECODABLE');
  });

  it('says where UTF-16 text has a lone surrogate instead of calling it binary', () => {
    const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
    // '一、总体要求' with a lone high surrogate (U+D800) as its fourth unit: bytes 6–7 after the BOM.
    const units = '一、总\uD800体要求到2025年\n';
    const withBom = Uint8Array.from([0xff, 0xfe, ...utf16le(units)]);
    expect(() => decode(withBom)).toThrow('bytes are not valid utf-16le: an unpaired surrogate at byte 8');
    expect(codeOf(() => decode(withBom))).toBe('PDP_ENCODING_UNDECODABLE');
    expect(() => decode(utf16le(units))).toThrow('bytes are not valid utf-16le: an unpaired surrogate at byte 6');
    const loneLow = utf16le('一、总体要求\uDC00');
    expect(() => decode(loneLow)).toThrow('bytes are not valid utf-16le: an unpaired surrogate at byte 12');
  });

  it('firstInvalidUtf16 finds unpaired surrogates and an odd last byte, and accepts pairs', () => {
    const le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
    expect(firstInvalidUtf16(le('a\u{20000}b'), true)).toBe(-1);
    expect(firstInvalidUtf16(le('ab\uD800'), true)).toBe(4);
    expect(firstInvalidUtf16(le('\uD800a'), true)).toBe(0);
    expect(firstInvalidUtf16(Uint8Array.from([0x41, 0x00, 0x42]), true)).toBe(2);
  });
});
