// A trailing glossary (注： / 名词注释 / 名词解释): numbered explanations become notes with a term.
import type { Note } from '../../schema/note.js';
import type { Marker, MarkerKind } from '../segment/markers.js';
import { markerAt } from '../segment/markerIndex.js';
import type { Paragraph } from '../segment/paragraphs.js';
import { trimSpan } from '../segment/spans.js';
import type { TextIndex } from '../segment/textIndex.js';

const HEADER = /^(?:注|注释|备注)\s*[:：]\s*/;
const MAX_TERM = 40;

interface Item {
  marker: Marker | null;
  /** Marker text, or the block header (`注：`) for an unnumbered note. */
  label: string;
  start: number;
  bodyStart: number;
}

function termSplit(text: string, from: number, to: number): { term: string | null; body: string } {
  const body = text.slice(from, to);
  const colon = body.search(/[：:]/);
  if (colon > 0 && colon <= MAX_TERM) return { term: body.slice(0, colon).trim(), body: body.slice(colon + 1).trim() };
  return { term: null, body: body.trim() };
}

/**
 * Notes of the block `paragraphs` (header included). Where the block groups its notes under
 * headings of another numbering (`二、名词注释` above `1.` `2.`), the notes are the items of the
 * innermost numbering kind; an unnumbered block is one note.
 */
export function extractNotes(index: TextIndex, paragraphs: readonly Paragraph[]): Note[] {
  if (paragraphs.length === 0) return [];
  const { text } = index;
  const items: Item[] = [];
  const kinds: MarkerKind[] = [];
  const last = new Map<MarkerKind, number>();
  paragraphs.forEach((p, i) => {
    let at = p.start;
    const header = i === 0 ? HEADER.exec(p.text) : null;
    if (header) at += header[0].length;
    const marker = markerAt(index.markers, at, p.end);
    if (marker && (!marker.ambiguous || last.get(marker.kind) === marker.number - 1)) {
      if (!kinds.includes(marker.kind)) kinds.push(marker.kind);
      last.set(marker.kind, marker.number);
      items.push({ marker, label: marker.text, start: marker.start, bodyStart: marker.end });
    } else if (header && at < p.end) {
      items.push({ marker: null, label: header[0].trim(), start: p.start, bodyStart: at });
    }
  });
  const noteKind = kinds[kinds.length - 1];
  const blockEnd = paragraphs[paragraphs.length - 1].end;
  const notes: Note[] = [];
  items.forEach((item, i) => {
    if (item.marker && item.marker.kind !== noteKind) return;
    const next = items[i + 1]?.start ?? blockEnd;
    const span = trimSpan(text, item.start, next);
    const { term, body } = termSplit(text, item.bodyStart, span.end);
    notes.push({ marker: item.label, term, text: body, start: span.start, end: span.end });
  });
  return notes;
}
