// Which reader a file needs: by content first (a saved page named .txt is still HTML, a .doc
// that is really a Word 2007+ package is DOCX, a PDF is a PDF whatever its name), then by
// extension (an OFD is a ZIP holding OFD.xml). Formats that are recognised but not read fail
// with a hint on how to convert them.
import { PolicyParseError } from '../../errors.js';
import { looksLikeMht } from './mht.js';

export const INPUT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'ofd'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Extensions a folder walk picks up. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.mht', '.mhtml', '.docx', '.pdf', '.ofd'] as const;

const CONVERT_HINT = 'convert it with `soffice --headless --convert-to docx FILE` (LibreOffice) and parse the .docx';

/** Document formats users bring that are recognised but not read: name and how to convert. */
export const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.doc': `Word 97-2003 document (.doc): ${CONVERT_HINT}`,
  '.wps': `WPS Writer document (.wps): ${CONVERT_HINT}`,
  '.rtf': `RTF document (.rtf): ${CONVERT_HINT}`,
  '.odt': `OpenDocument text (.odt): ${CONVERT_HINT}`,
  '.wpt': `WPS template (.wpt): ${CONVERT_HINT}`,
  '.dot': `Word 97-2003 template (.dot): ${CONVERT_HINT}`,
  '.xls': 'spreadsheet (.xls): not a document format read here',
  '.xlsx': 'spreadsheet (.xlsx): not a document format read here',
  '.et': 'WPS spreadsheet (.et): not a document format read here',
  '.caj': 'CAJ document (.caj): not read; export it to PDF first',
};

const extensionOf = (path: string | null): string => {
  if (!path || path === '-') return '';
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** ASCII view of the first bytes, NULs (UTF-16) dropped, lower-cased: enough to sniff markup. */
function asciiHead(bytes: Uint8Array, length: number): string {
  let out = '';
  const end = Math.min(bytes.length, length);
  for (let i = 0; i < end; i++) if (bytes[i] !== 0 && bytes[i] < 0x80) out += String.fromCharCode(bytes[i]);
  return out.toLowerCase();
}

/** True when the bytes contain `name` (entry names of a ZIP are stored in plain bytes). */
function containsAscii(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|span|center|font)\b/;

/** A page: markup first, or an unmistakable html/body/head tag near the start. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = asciiHead(bytes, 4096).replace(/^\ufeff|^\xef\xbb\xbf/, '');
  return HTML_START.test(head.replace(/^[^<]{0,3}/, '')) || /<html[\s>]|<body[\s>]|<\/head>/.test(head);
}

function unsupported(description: string): PolicyParseError {
  return new PolicyParseError('PDP_FORMAT_UNSUPPORTED', description);
}

/**
 * The format of one input. `from` (the --from option) wins; otherwise the content decides
 * and the extension breaks ties (md vs txt). Throws PDP_FORMAT_UNSUPPORTED for .doc/.wps
 * and other recognised but unread formats.
 */
export function detectFormat(bytes: Uint8Array, path: string | null, from?: InputFormat): InputFormat {
  if (from) return from;
  const ext = extensionOf(path);
  // The PDF header may sit after some junk, within the first 1024 bytes.
  if (asciiHead(bytes, 1024).includes('%pdf-')) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    if (containsAscii(bytes, 'word/document.xml')) return 'docx';
    if (containsAscii(bytes, 'OFD.xml')) return 'ofd';
    if (containsAscii(bytes, 'content.xml') && containsAscii(bytes, 'opendocument')) throw unsupported(UNSUPPORTED_EXTENSIONS['.odt']);
    throw unsupported(`ZIP archive that is not a Word document${ext ? ` (${ext})` : ''}: unpack it and parse the documents inside`);
  }
  if (startsWith(bytes, OLE2)) {
    throw unsupported(UNSUPPORTED_EXTENSIONS[ext] ?? UNSUPPORTED_EXTENSIONS['.doc']);
  }
  if (asciiHead(bytes, 16).startsWith('{\\rtf')) throw unsupported(UNSUPPORTED_EXTENSIONS['.rtf']);
  // (a web archive, .mht, holds its page as a MIME part: the HTML reader unpacks it)
  if (looksLikeHtml(bytes) || looksLikeMht(bytes)) return 'html';
  if (['.html', '.htm', '.xhtml', '.shtml', '.mht', '.mhtml'].includes(ext)) return 'html';
  if (ext in UNSUPPORTED_EXTENSIONS) throw unsupported(UNSUPPORTED_EXTENSIONS[ext]);
  return ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
}

/** Why a folder walk leaves a file out, or null when it takes it. */
export function folderDecision(name: string): { take: true } | { take: false; unsupported: string | null } {
  const ext = extensionOf(name);
  if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) return { take: true };
  return { take: false, unsupported: UNSUPPORTED_EXTENSIONS[ext] ?? null };
}
