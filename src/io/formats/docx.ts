// A Word 2007+ document (.docx) → its text: body paragraphs in order, automatic numbering
// rendered as shown (numbering.xml), tables as tab-separated rows with vMerge/gridSpan filled.
// Headers, footers, footnotes and comments live in other parts and are not read. The package is
// unzipped with fflate and its XML read with htmlparser2's XML mode, both loaded on first use.
import { createRequire } from 'node:module';
import { PolicyParseError } from '../../errors.js';
import { gridLines, joinCellLines } from './lines.js';
import { NumberingCounter, type NumberingDefinitions, type NumberingLevel } from './numbering.js';
import type { ExtractedText } from './hints.js';

type Attribs = Record<string, string>;
interface SaxHandlers {
  onopentag?(name: string, attribs: Attribs): void;
  ontext?(text: string): void;
  onclosetag?(name: string): void;
}
interface SaxParser {
  write(chunk: string): void;
  end(): void;
}
interface Libraries {
  unzipSync(data: Uint8Array, options?: { filter?: (file: { name: string }) => boolean }): Record<string, Uint8Array>;
  Parser: new (handlers: SaxHandlers, options: { xmlMode: boolean; decodeEntities: boolean }) => SaxParser;
}

let libraries: Libraries | null = null;
function load(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      unzipSync: (require('fflate') as Pick<Libraries, 'unzipSync'>).unzipSync,
      Parser: (require('htmlparser2') as Pick<Libraries, 'Parser'>).Parser,
    };
  }
  return libraries;
}

function sax(xml: string, handlers: SaxHandlers): void {
  const parser = new (load().Parser)(handlers, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}

function xmlText(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const val = (a: Attribs) => a['w:val'];
/** On/off properties: present means on unless w:val says false. */
const isOn = (a: Attribs) => !['false', '0', 'off'].includes(val(a) ?? '');

function readNumbering(xml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map() };
  let levels: Map<number, NumberingLevel> | null = null;
  let level: Partial<NumberingLevel> | null = null;
  let num: { abstractId: string; startOverrides: Map<number, number>; levels: Map<number, Partial<NumberingLevel>> } | null = null;
  let overrideLevel: number | null = null;
  let abstractId: string | null = null;
  const styleOwners = new Map<string, string>();
  const styleUsers = new Map<string, string>();
  let levelTarget: Map<number, Partial<NumberingLevel>> | null = null;
  sax(xml, {
    onopentag(name, a) {
      switch (name) {
        case 'w:abstractNum':
          levels = new Map();
          abstractId = a['w:abstractNumId'];
          defs.abstract.set(abstractId, levels);
          break;
        // A list style: the abstract list that defines it (styleLink) and those that use it (numStyleLink).
        case 'w:styleLink':
          if (levels && abstractId !== null) styleOwners.set(val(a), abstractId);
          break;
        case 'w:numStyleLink':
          if (levels && abstractId !== null) styleUsers.set(abstractId, val(a));
          break;
        case 'w:lvl': {
          level = {};
          const ilvl = Number(a['w:ilvl'] ?? 0);
          levelTarget = num ? num.levels : (levels as Map<number, Partial<NumberingLevel>> | null);
          levelTarget?.set(ilvl, level);
          break;
        }
        case 'w:start':
          if (level) level.start = Number(val(a));
          break;
        case 'w:numFmt':
          if (level) level.format = val(a);
          break;
        case 'w:lvlText':
          if (level) level.text = val(a) ?? '';
          break;
        case 'w:isLgl':
          if (level) level.legal = isOn(a);
          break;
        case 'w:pStyle':
          if (level) level.style = val(a);
          break;
        case 'w:num':
          num = { abstractId: '', startOverrides: new Map(), levels: new Map() };
          defs.nums.set(a['w:numId'], num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = val(a);
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:startOverride':
          if (num && overrideLevel !== null) num.startOverrides.set(overrideLevel, Number(val(a)));
          break;
      }
    },
    onclosetag(name) {
      if (name === 'w:abstractNum') {
        levels = null;
        abstractId = null;
      }
      else if (name === 'w:lvl') {
        // Complete abstract levels here; a w:lvlOverride's level stays partial (it replaces fields).
        if (level && !num) Object.assign(level, { start: 1, format: 'decimal', text: '', legal: false, style: null, ...level });
        level = null;
      } else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
    },
  });
  // An abstract list that only points at a list style takes the levels of the list defining it.
  for (const [user, style] of styleUsers) {
    const owner = styleOwners.get(style);
    const levels = owner === undefined ? undefined : defs.abstract.get(owner);
    if (levels && !defs.abstract.get(user)?.size) defs.abstract.set(user, levels);
  }
  return defs;
}

interface StyleInfo {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  let current: StyleInfo | null = null;
  sax(xml, {
    onopentag(name, a) {
      if (name === 'w:style') {
        current = { basedOn: null, numId: null, ilvl: null };
        styles.set(a['w:styleId'], current);
      } else if (current && name === 'w:basedOn') current.basedOn = val(a);
      else if (current && name === 'w:numId') current.numId = val(a);
      else if (current && name === 'w:ilvl') current.ilvl = Number(val(a));
    },
    onclosetag(name) {
      if (name === 'w:style') current = null;
    },
  });
  return styles;
}

/** numId/ilvl a paragraph style gives (following basedOn), if any. */
function styleNumbering(styles: Map<string, StyleInfo>, styleId: string | null): { numId: string; ilvl: number | null } | null {
  for (let id = styleId, hops = 0; id && hops < 20; hops++) {
    const style = styles.get(id);
    if (!style) return null;
    if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
    id = style.basedOn;
  }
  return null;
}

interface Paragraph {
  text: string;
  style: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface CellDraft {
  paragraphs: string[];
  span: number;
  /** 'restart' starts a vertical merge, 'continue' is covered by the cell above. */
  vMerge: 'restart' | 'continue' | null;
}

interface TableDraft {
  rows: Array<{ skip: number; cells: CellDraft[] }>;
}

/** Elements whose content is never shown text: deletions, old formatting, field codes, fallbacks, ruby (phonetic) text. */
const SKIP = new Set(['w:del', 'w:rt', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'mc:Fallback', 'w:instrText', 'w:delInstrText']);

function readBody(xml: string, counter: NumberingCounter, styles: Map<string, StyleInfo>): string[] {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: TableDraft[] = [];
  let skipDepth = 0;
  let inText = false;
  let inRun = false;
  let hiddenRun = false;
  let inRunProps = false;
  let inParagraphProps = 0;

  const paragraph = () => paragraphs[paragraphs.length - 1];
  const cell = (): CellDraft | undefined => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    return row?.cells[row.cells.length - 1];
  };
  const emit = (text: string) => {
    const c = tables.length ? cell() : undefined;
    if (c) c.paragraphs.push(text);
    else for (const line of text.split('\n')) {
      const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (trimmed) lines.push(trimmed);
    }
  };

  sax(xml, {
    onopentag(name, a) {
      if (skipDepth || SKIP.has(name)) {
        skipDepth++;
        return;
      }
      switch (name) {
        case 'w:p':
          paragraphs.push({ text: '', style: null, numId: null, ilvl: null });
          break;
        case 'w:pPr':
          inParagraphProps++;
          break;
        case 'w:pStyle':
          if (inParagraphProps && paragraph()) paragraph().style = val(a);
          break;
        case 'w:numId':
          if (inParagraphProps && paragraph()) paragraph().numId = val(a);
          break;
        case 'w:ilvl':
          if (inParagraphProps && paragraph()) paragraph().ilvl = Number(val(a));
          break;
        case 'w:r':
          inRun = true;
          hiddenRun = false;
          break;
        case 'w:rPr':
          inRunProps = inRun;
          break;
        case 'w:vanish':
          if (inRunProps && isOn(a)) hiddenRun = true;
          break;
        case 'w:t':
          inText = inRun && !hiddenRun;
          break;
        case 'w:tab':
          if (inRun && !hiddenRun && paragraph()) paragraph().text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          if (inRun && !hiddenRun && paragraph() && a['w:type'] !== 'page' && a['w:type'] !== 'column') paragraph().text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (inRun && paragraph()) paragraph().text += '-';
          break;
        case 'w:tbl':
          tables.push({ rows: [] });
          break;
        case 'w:tr':
          tables[tables.length - 1]?.rows.push({ skip: 0, cells: [] });
          break;
        case 'w:gridBefore': {
          const table = tables[tables.length - 1];
          const row = table?.rows[table.rows.length - 1];
          if (row && row.cells.length === 0) row.skip = Number(val(a)) || 0;
          break;
        }
        case 'w:tc': {
          const table = tables[tables.length - 1];
          table?.rows[table.rows.length - 1]?.cells.push({ paragraphs: [], span: 1, vMerge: null });
          break;
        }
        case 'w:gridSpan': {
          const c = cell();
          if (c && c.paragraphs.length === 0) c.span = Math.max(1, Math.min(200, Number(val(a)) || 1));
          break;
        }
        case 'w:vMerge': {
          const c = cell();
          if (c && c.paragraphs.length === 0) c.vMerge = val(a) === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    ontext(text) {
      if (inText && !skipDepth && paragraph()) paragraph().text += text;
    },
    onclosetag(name) {
      if (skipDepth) {
        skipDepth--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          inRun = false;
          hiddenRun = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:pPr':
          inParagraphProps--;
          break;
        case 'w:p': {
          const p = paragraphs.pop();
          if (!p) break;
          let label = '';
          const fromStyle = p.numId === null ? styleNumbering(styles, p.style) : null;
          const numId = p.numId ?? fromStyle?.numId ?? null;
          if (numId !== null && numId !== '0') {
            const ilvl = p.ilvl ?? fromStyle?.ilvl ?? (p.style ? counter.levelOfStyle(numId, p.style) : null) ?? 0;
            label = counter.next(numId, ilvl);
          }
          if (p.text.trim() !== '') emit(label + p.text.replace(/^[ \t\u3000]+/, ''));
          break;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (table) for (const line of gridLines(tableGrid(table))) emit(line);
          break;
        }
      }
    },
  });
  return lines;
}

/** Rows with gridSpan repeated across columns and vMerge continuations given the text above. */
function tableGrid(table: TableDraft): Array<Array<string | undefined>> {
  const grid: Array<Array<string | undefined>> = [];
  table.rows.forEach((row, r) => {
    const out: Array<string | undefined> = [];
    let col = row.skip;
    for (const c of row.cells) {
      const text = c.vMerge === 'continue' && r > 0 ? (grid[r - 1][col] ?? '') : joinCellLines(c.paragraphs);
      for (let j = 0; j < c.span; j++) out[col + j] = text;
      col += c.span;
    }
    grid.push(out);
  });
  return grid;
}

/** DOCX bytes → the body's text. Throws PDP_DOCX_INVALID for a damaged or foreign package. */
export function docxToText(bytes: Uint8Array): ExtractedText {
  const { unzipSync } = load();
  const wanted = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch (error) {
    throw new PolicyParseError('PDP_DOCX_INVALID', `not a readable .docx package (${(error as Error).message})`);
  }
  if (!files['word/document.xml']) throw new PolicyParseError('PDP_DOCX_INVALID', 'not a readable .docx package (no word/document.xml)');
  const numbering = files['word/numbering.xml'] ? readNumbering(xmlText(files['word/numbering.xml'])) : { abstract: new Map(), nums: new Map() };
  const styles = files['word/styles.xml'] ? readStyles(xmlText(files['word/styles.xml'])) : new Map<string, StyleInfo>();
  const lines = readBody(xmlText(files['word/document.xml']), new NumberingCounter(numbering), styles);
  return { text: lines.length ? lines.join('\n') + '\n' : '', encoding: 'utf-8', hints: {} };
}
