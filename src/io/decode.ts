import { PolicyParseError } from '../errors.js';

export interface Decoded {
  /** Decoded text, leading BOM removed, nothing else changed. */
  text: string;
  /** WHATWG name of the charset used: utf-8, utf-16le, utf-16be, gb18030, … */
  encoding: string;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function sniffBom(bytes: Uint8Array): string | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) return bom.encoding;
  }
  return null;
}

/** UTF-16 without a BOM shows as NUL in every other byte for mostly-ASCII text; CJK text rarely has NULs at all. */
function sniffUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = bytes.length / 2;
  if (oddNul > pairs * 0.2 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul === 0) return 'utf-16be';
  return null;
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    // ignoreBOM: false strips a matching BOM, which is what the contract wants.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}

/** Canonical WHATWG name for a user-given label, or throws PDP_ENCODING_UNKNOWN. */
export function normaliseEncodingLabel(label: string): string {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // The GB family decodes as its superset, so GBK/GB2312 text with GB18030-only characters survives.
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    throw new PolicyParseError('PDP_ENCODING_UNKNOWN', `unknown encoding "${label}"`);
  }
}

/**
 * Bytes to text. Order: forced encoding → BOM → strict UTF-8 → UTF-16 without BOM → strict GB18030.
 * Throws PolicyParseError (PDP_INPUT_BINARY, PDP_ENCODING_UNDECODABLE) when none gives text.
 */
export function decode(bytes: Uint8Array, forcedEncoding?: string): Decoded {
  if (forcedEncoding) {
    const encoding = normaliseEncodingLabel(forcedEncoding);
    const text = strictDecode(bytes, encoding);
    if (text === null) {
      throw new PolicyParseError('PDP_ENCODING_UNDECODABLE', `bytes are not valid ${encoding}`);
    }
    return { text: stripBom(text), encoding };
  }
  const bom = sniffBom(bytes);
  if (bom) {
    const text = strictDecode(bytes, bom);
    if (text !== null) return checked({ text: stripBom(text), encoding: bom });
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return checked({ text: stripBom(utf8), encoding: 'utf-8' });
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    if (text !== null) return checked({ text, encoding: utf16 });
  }
  if (bytes.includes(0)) throw new PolicyParseError('PDP_INPUT_BINARY', 'binary file (NUL bytes), not text');
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  throw new PolicyParseError(
    'PDP_ENCODING_UNDECODABLE',
    'not valid UTF-8, UTF-16 or GB18030 text; pass --encoding to name the charset',
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function checked(decoded: Decoded): Decoded {
  if (looksBinary(decoded.text)) throw new PolicyParseError('PDP_INPUT_BINARY', 'binary file (control bytes), not text');
  return decoded;
}
