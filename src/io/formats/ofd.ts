// An OFD document (GB/T 33190, the format official documents are issued in) → its text. An OFD
// is a ZIP of XML: OFD.xml names the document root, whose page list points at each page's
// Content.xml; text sits in TextObject/TextCode elements with positions in millimetres (y grows
// downwards). The runs go through the same layout rules as a PDF's. Page templates (running
// headers, the red 版头 drawn as a template) and annotations (stamps, signatures) are other
// parts and are not read.
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { PolicyParseError } from '../../errors.js';
import { checkTextLayer, pageLines, paragraphsOf, removeRunningLines, type PdfLine, type Run } from './layout.js';
import type { ExtractedText, MetaHints } from './hints.js';

type Attribs = Record<string, string>;
interface Libraries {
  unzipSync(data: Uint8Array): Record<string, Uint8Array>;
  Parser: new (
    handlers: { onopentag?(name: string, a: Attribs): void; ontext?(text: string): void; onclosetag?(name: string): void },
    options: { xmlMode: boolean; decodeEntities: boolean },
  ) => { write(chunk: string): void; end(): void };
}
let libraries: Libraries | null = null;
function load(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = { unzipSync: (require('fflate') as Libraries).unzipSync, Parser: (require('htmlparser2') as Libraries).Parser };
  }
  return libraries;
}

/** Element name without its namespace prefix (`ofd:TextCode` → `TextCode`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

interface XmlEvents {
  open?(name: string, a: Attribs): void;
  text?(name: string, text: string): void;
  close?(name: string): void;
}

function walkXml(xml: string, events: XmlEvents): void {
  const stack: string[] = [];
  const parser = new (load().Parser)(
    {
      onopentag(name, a) {
        stack.push(local(name));
        events.open?.(local(name), a);
      },
      ontext(text) {
        if (stack.length) events.text?.(stack[stack.length - 1], text);
      },
      onclosetag(name) {
        stack.pop();
        events.close?.(local(name));
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

const numbers = (raw: string | undefined): number[] => (raw ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

/** DeltaX / DeltaY: numbers, where `g N D` stands for N copies of D. */
export function deltas(raw: string | undefined): number[] {
  const tokens = (raw ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Number(tokens[i + 1]);
      const value = Number(tokens[i + 2]);
      for (let k = 0; k < count && k < 100000; k++) out.push(value);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out;
}

/** The runs of one page's Content.xml. */
export function pageRuns(xml: string): Run[] {
  const runs: Run[] = [];
  let object: { x: number; y: number; size: number; scale: number } | null = null;
  let code: { x: number; y: number; dx: number[]; text: string } | null = null;
  const flush = () => {
    if (!object || !code) return;
    const text = code.text.replace(/\s+$/u, '');
    const lead = text.length - text.replace(/^\s+/u, '').length;
    const chars = [...text.slice(lead)];
    if (!chars.length) return;
    const size = object.size * object.scale;
    const advance = code.dx.slice(lead, lead + chars.length - 1).reduce((s, d) => s + d * object!.scale, 0) || (chars.length - 1) * size;
    const x = object.x + code.x * object.scale + code.dx.slice(0, lead).reduce((s, d) => s + d * object!.scale, 0);
    // OFD's y grows downwards: negate it so "above" means a larger y, as in PDF.
    runs.push({ x, y: -(object.y + code.y * object.scale), end: x + advance + size, size, text: chars.join('') });
  };
  walkXml(xml, {
    open(name, a) {
      if (name === 'TextObject') {
        const [bx = 0, by = 0] = numbers(a.Boundary);
        const ctm = numbers(a.CTM);
        // A CTM scales the object's glyphs (its a and d); rotation and skew are left aside.
        const scale = ctm.length === 6 ? Math.abs(ctm[3]) || 1 : 1;
        object = { x: bx, y: by, size: Number(a.Size) || 3.5, scale };
      } else if (name === 'TextCode' && object) {
        code = { x: Number(a.X) || 0, y: Number(a.Y) || 0, dx: deltas(a.DeltaX), text: '' };
      }
    },
    text(name, text) {
      if (name === 'TextCode' && code) code.text += text;
    },
    close(name) {
      if (name === 'TextCode') {
        flush();
        code = null;
      } else if (name === 'TextObject') object = null;
    },
  });
  return runs;
}

function xmlOf(files: Record<string, Uint8Array>, path: string): string {
  const name = path.replace(/^\/+/, '');
  const bytes = files[name] ?? files[Object.keys(files).find((f) => f.toLowerCase() === name.toLowerCase()) ?? ''];
  if (!bytes) throw new PolicyParseError('PDP_OFD_INVALID', `not a readable OFD package (no ${name})`);
  return new TextDecoder('utf-8').decode(bytes);
}

/** OFD bytes → the text of its pages. Throws PDP_OFD_INVALID, PDP_OFD_NO_TEXT / _NO_UNICODE. */
export function ofdToText(bytes: Uint8Array): ExtractedText {
  let files: Record<string, Uint8Array>;
  try {
    files = load().unzipSync(bytes);
  } catch (error) {
    throw new PolicyParseError('PDP_OFD_INVALID', `not a readable OFD package (${(error as Error).message})`);
  }
  let root: string | null = null;
  const hints: MetaHints = {};
  let field: string | null = null;
  walkXml(xmlOf(files, 'OFD.xml'), {
    open(name) {
      field = name;
    },
    text(name, text) {
      if (name === 'DocRoot' && root === null) root = text.trim();
      if (name === 'Title' && field === 'Title' && text.trim()) hints.title ??= text.trim();
    },
  });
  if (!root) throw new PolicyParseError('PDP_OFD_INVALID', 'not a readable OFD package (no DocRoot in OFD.xml)');
  const documentPath = (root as string).replace(/^\/+/, '');
  const base = posix.dirname(documentPath);
  const pagePaths: string[] = [];
  walkXml(xmlOf(files, documentPath), {
    open(name, a) {
      if (name === 'Page' && a.BaseLoc) pagePaths.push(a.BaseLoc.startsWith('/') ? a.BaseLoc : posix.join(base, a.BaseLoc));
    },
  });
  const pages: PdfLine[][] = pagePaths.map((path, i) => pageLines(pageRuns(xmlOf(files, path)), i + 1));
  const text = paragraphsOf(removeRunningLines(pages)).join('\n');
  checkTextLayer(text, pages.length, 'OFD');
  return { text: text + '\n', encoding: 'utf-8', hints };
}
