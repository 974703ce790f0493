// A web archive (.mht / .mhtml: a page saved by a browser, or a Word "single file web page") →
// its HTML part, decoded (quoted-printable or base64, in the part's charset), then read as HTML.
import { PolicyParseError } from '../../errors.js';
import { htmlToText } from './html.js';
import type { ExtractedText } from './hints.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** True for a MIME web archive: MIME headers first, a multipart/related body. */
export function looksLikeMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(parseInt(hex[0], 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** The first text/html part of a web archive, as bytes, with its declared charset. */
export function mhtHtml(bytes: Uint8Array): { html: Uint8Array; charset: string | null } {
  const source = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(source.slice(0, 8192))?.[1];
  if (!boundary) throw new PolicyParseError('PDP_FORMAT_UNSUPPORTED', 'web archive (.mht) without a MIME boundary');
  for (const part of source.split(`--${boundary}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1] ?? null;
    const html =
      encoding === 'base64' ? new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'))
      : encoding === 'quoted-printable' ? quotedPrintable(body)
      : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    return { html, charset };
  }
  throw new PolicyParseError('PDP_HTML_NO_TEXT', 'web archive (.mht) with no HTML part');
}

/** Web archive bytes → the article of its page (see html.ts). */
export function mhtToText(bytes: Uint8Array, encoding?: string): ExtractedText {
  const { html, charset } = mhtHtml(bytes);
  let label = encoding ?? charset ?? undefined;
  if (label && /^(?:gb2312|gbk|x-gbk)$/i.test(label)) label = 'gb18030';
  try {
    return htmlToText(html, label);
  } catch (error) {
    // A wrong declared charset: let the decoder sniff instead.
    if (!encoding && charset && (error as PolicyParseError).code === 'PDP_ENCODING_UNDECODABLE') return htmlToText(html);
    throw error;
  }
}
