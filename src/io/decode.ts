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

/**
 * Share of characters a Chinese official document is made of: CJK ideographs, CJK and
 * full-width punctuation, general punctuation, printable ASCII, tab and line breaks.
 */
function plausibleShare(text: string): number {
  if (!text.length) return 0;
  let plausible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) || c === 0x00b7 || (c >= 0x2460 && c <= 0x24ff)
    ) {
      plausible++;
    }
  }
  return plausible / text.length;
}

/**
 * UTF-16 without a BOM. Decoded the right way round, Chinese text is almost all ideographs,
 * punctuation and ASCII; the wrong way round (or GB18030 bytes read as UTF-16) it is mostly
 * Hangul, private-use or unassigned code points. So: decode both ways, keep the one that reads
 * as text, if either does.
 */
function sniffUtf16(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let best: { text: string; encoding: string; share: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    const share = plausibleShare(text);
    if (share >= 0.9 && (!best || share > best.share)) best = { text, encoding, share };
  }
  return best && { text: best.text, encoding: best.encoding };
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
 * Bytes to text. Order: forced encoding → BOM → UTF-16 without BOM when NULs show → strict UTF-8 →
 * UTF-16 without BOM (CJK text has no NULs) → strict GB18030.
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
    if (bom !== 'utf-8') throw utf16Error(bytes, bom, 2);
  }
  // NUL bytes are valid UTF-8 but in text they mean UTF-16 (or binary): check that first.
  const hasNul = bytes.includes(0);
  if (hasNul) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return checked(utf16);
    // Text in UTF-16 but for a broken unit (a lone surrogate, an odd last byte): say where, not "binary".
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const lenient = new TextDecoder(encoding).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
      if (plausibleShare(lenient.replace(/\uFFFD/g, '')) >= 0.9 && lenient.length > 0) throw utf16Error(bytes, encoding, 0);
    }
    throw new PolicyParseError('PDP_INPUT_BINARY', 'binary file (NUL bytes), not text');
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return checked({ text: stripBom(utf8), encoding: 'utf-8' });
  const cjkUtf16 = sniffUtf16(bytes);
  if (cjkUtf16) return checked(cjkUtf16);
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  throw new PolicyParseError(
    'PDP_ENCODING_UNDECODABLE',
    'not valid UTF-8, UTF-16 or GB18030 text; pass --encoding to name the charset',
  );
}

/**
 * The byte offset of the first code unit that is not valid UTF-16 (an unpaired surrogate, or an
 * odd last byte), from `start`; -1 when all are valid.
 */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): number {
  const unit = (at: number) => (littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1]);
  let at = start;
  for (; at + 1 < bytes.length; at += 2) {
    const u = unit(at);
    if (u >= 0xdc00 && u <= 0xdfff) return at;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (at + 3 >= bytes.length) return at;
      const next = unit(at + 2);
      if (next < 0xdc00 || next > 0xdfff) return at;
      at += 2;
    }
  }
  return at < bytes.length ? at : -1;
}

function utf16Error(bytes: Uint8Array, encoding: string, start: number): PolicyParseError {
  const at = firstInvalidUtf16(bytes, encoding === 'utf-16le', start);
  const what = at >= 0 && at + 1 >= bytes.length ? 'an odd last byte' : 'an unpaired surrogate';
  const where = at >= 0 ? ` at byte ${at}` : '';
  return new PolicyParseError('PDP_ENCODING_UNDECODABLE', `bytes are not valid ${encoding}: ${what}${where}`);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function checked(decoded: Decoded): Decoded {
  if (looksBinary(decoded.text)) throw new PolicyParseError('PDP_INPUT_BINARY', 'binary file (control bytes), not text');
  return decoded;
}
