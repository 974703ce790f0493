import { unzipSync, strFromU8 } from 'fflate';

/**
 * A small .xlsx reader for tests (the shapes write-excel-file produces): sheet names in order,
 * each sheet's cells as typed values (string cells from the shared strings, numbers as numbers,
 * absent cells as null), and whether its first row is frozen.
 */
export interface Sheet {
  name: string;
  rows: (string | number | null)[][];
  frozenHeader: boolean;
  formulas: number;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (text: string) =>
  text
    .replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : entities[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export function readXlsx(bytes: Uint8Array): Sheet[] {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    [...si.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)].map((m) => unxml(m[1] ?? '')).join(''),
  );
  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...text('xl/workbook.xml').matchAll(/<sheet [^>]*?\/>/g)].map(([tag]) => {
    const name = unxml(/name="([^"]*)"/.exec(tag)![1]);
    const target = rels.get(/r:id="([^"]+)"/.exec(tag)![1])!.replace(/^\/?(xl\/)?/, 'xl/');
    const xml = text(target);
    const width = Math.max(0, ...[...xml.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => columnIndex(m[1]) + 1));
    const rows = [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>|<row [^>]*\/>/g)].map(([, body]) => {
      const row: (string | number | null)[] = Array(width).fill(null);
      for (const c of (body ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const [, ref, attrs, inner = ''] = c;
        const type = /t="([^"]+)"/.exec(attrs)?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        const inline = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
        row[columnIndex(ref)] =
          type === 's' ? shared[Number(v)] : type === 'inlineStr' ? unxml(inline!.replace(/<[^>]+>/g, '')) : type === 'str' ? unxml(v ?? '') : v === undefined ? null : Number(v);
      }
      return row;
    });
    return { name, rows, frozenHeader: /<pane [^>]*ySplit="1"[^>]*state="frozen"/.test(xml), formulas: (xml.match(/<f[ >]/g) ?? []).length };
  });
}
