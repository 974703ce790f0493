import type { Document } from '../schema/document.js';
import type { Section } from '../schema/section.js';
import { flattenSections } from '../parse/structure/tree.js';
import { escapeHtml } from './escape.js';

/** What a highlighted span is: a quantitative target, a responsibility list or a section heading. */
export type SpanKind = 'target' | 'list' | 'heading';

export interface HighlightSpan {
  kind: SpanKind;
  /** Index into doc.targets / doc.responsibilities / the flattened outline. */
  index: number;
  start: number;
  end: number;
}

export interface DroppedSpan extends HighlightSpan {
  reason: string;
}

/**
 * Offsets as UTF-16 code units into `text`. The contract's offsets are UTF-16 (what JavaScript
 * strings index); a document that declares `source.offsetUnit` as code points is converted.
 */
export function utf16Offsets(doc: Document, text: string): (offset: number) => number {
  const unit = String((doc.source as { offsetUnit?: unknown }).offsetUnit ?? 'utf16').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (unit === 'utf16' || unit === 'utf16codeunit' || unit === 'utf16codeunits' || unit === 'codeunit' || unit === 'codeunits') return (o) => o;
  // Code points (or anything else naming them): map the n-th code point to its code unit index.
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    positions.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) i++;
  }
  positions.push(text.length);
  return (o) => positions[o] ?? o;
}

/**
 * The heading of a section as a span: its marker plus the heading text, when the heading is
 * found right after the marker; else the marker alone.
 */
export function headingSpan(section: Pick<Section, 'start' | 'marker' | 'heading'>, text: string): { start: number; end: number } {
  const afterMarker = section.start + section.marker.length;
  if (section.heading) {
    const at = text.indexOf(section.heading, afterMarker);
    if (at >= 0 && at - afterMarker <= 4 && text.slice(afterMarker, at).trim() === '') return { start: section.start, end: at + section.heading.length };
  }
  return { start: section.start, end: Math.min(afterMarker, text.length) };
}

/**
 * Every target, list and heading of a document as spans of `text` (the decoded text its offsets
 * point into). A span that does not slice back to what the document quotes is dropped with the
 * reason, never drawn in the wrong place.
 */
export function documentSpans(doc: Document, text: string): { spans: HighlightSpan[]; dropped: DroppedSpan[] } {
  const at = utf16Offsets(doc, text);
  const spans: HighlightSpan[] = [];
  const dropped: DroppedSpan[] = [];
  const check = (span: HighlightSpan, quoted: string | null) => {
    if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) dropped.push({ ...span, reason: 'outside the text' });
    else if (quoted !== null && text.slice(span.start, span.end) !== quoted) dropped.push({ ...span, reason: 'does not slice back to its text' });
    else spans.push(span);
  };
  flattenSections(doc.sections).forEach((section, index) => {
    const start = at(section.start);
    const marker = text.slice(start, start + section.marker.length);
    if (marker !== section.marker) {
      dropped.push({ kind: 'heading', index, start, end: start, reason: 'marker not at its offset' });
      return;
    }
    const span = headingSpan({ ...section, start }, text);
    check({ kind: 'heading', index, ...span }, null);
  });
  doc.targets.forEach((t, index) => check({ kind: 'target', index, start: at(t.start), end: at(t.end) }, t.text));
  doc.responsibilities.forEach((r, index) => check({ kind: 'list', index, start: at(r.start), end: at(r.end) }, r.raw));
  return { spans, dropped };
}

const OUTER_FIRST: Record<SpanKind, number> = { heading: 0, list: 1, target: 2 };

/** Span order for nesting: by start, longer first, then headings around lists around targets. */
function compareSpans(a: HighlightSpan, b: HighlightSpan): number {
  return a.start - b.start || b.end - a.end || OUTER_FIRST[a.kind] - OUTER_FIRST[b.kind] || a.index - b.index;
}

export const SPAN_ID_PREFIX: Record<SpanKind, string> = { target: 't', list: 'l', heading: 'h' };

/**
 * `text` as HTML with each span wrapped in `<mark class="hl hl-KIND" data-k data-i id>`. Spans nest;
 * a span crossing the end of an enclosing one is split, its later pieces marked `cont` (and
 * without id), so each span has exactly one `mark.hl:not(.cont)`. All text is escaped.
 */
export function highlightText(text: string, spans: readonly HighlightSpan[]): string {
  const queue = spans.filter((s) => s.end > s.start).map((s) => ({ ...s, cont: false })).sort(compareSpans);
  const open: Array<(typeof queue)[number]> = [];
  let html = '';
  let pos = 0;
  const emitTo = (end: number) => {
    if (end > pos) html += escapeHtml(text.slice(pos, end));
    pos = Math.max(pos, end);
  };
  const closeTop = () => {
    const top = open.pop()!;
    emitTo(top.end);
    html += '</mark>';
  };
  for (let q = 0; q < queue.length; q++) {
    let span = queue[q];
    while (open.length && open[open.length - 1].end <= span.start) closeTop();
    emitTo(span.start);
    const top = open[open.length - 1];
    if (top && span.end > top.end) {
      // Crosses the enclosing span's end: draw the part inside, queue the rest.
      const rest = { ...span, start: top.end, cont: true };
      span = { ...span, end: top.end };
      let at = q + 1;
      while (at < queue.length && compareSpans(queue[at], rest) < 0) at++;
      queue.splice(at, 0, rest);
    }
    const id = span.cont ? '' : ` id="${SPAN_ID_PREFIX[span.kind]}${span.index}"`;
    html += `<mark class="hl hl-${span.kind}${span.cont ? ' cont' : ''}" data-k="${span.kind}" data-i="${span.index}"${id}>`;
    open.push(span);
  }
  while (open.length) closeTop();
  emitTo(text.length);
  return html;
}
