// The tree builder: numbered paragraphs → the Section tree. Levels come from the marker kinds a
// document actually uses, in the order it uses them (a stack of open kinds), not from fixed depths.
import type { Section } from '../../schema/section.js';
import type { Severity, Warning } from '../../schema/warning.js';
import { diagnostic } from '../diagnostics.js';
import { debug } from '../trace.js';
import { sameShape, type Marker, type MarkerKind } from '../segment/markers.js';
import type { MarkedParagraph, Paragraph } from '../segment/paragraphs.js';
import { runInHeading, type RunInHeading } from './heading.js';
import { pickBoundary } from '../segment/headingBoundary.js';
import { trimSpan } from '../segment/spans.js';

interface OpenLevel {
  kind: MarkerKind;
  /** Last number written at this level under the current parent. */
  last: number;
  width: Marker['width'];
  node: Section;
}

interface Placed {
  node: Section;
  depth: number;
  /** Where its paragraph starts (before a markdown wrapper such as `**`). */
  paragraphStart: number;
  /** Where its marker token ends (markdown emphasis inside it included). */
  markerEnd: number;
}

export interface Outline {
  sections: Section[];
  warnings: Warning[];
}

/** Outline warnings: rule `outline.<code in kebab case>`, spanning the marker or heading they concern. */
const warn = (code: string, severity: Severity, message: string, start: number, end: number): Warning =>
  diagnostic(`outline.${code.toLowerCase().replace(/_/g, '-')}`, code, severity, message, start, end);

/**
 * Build the outline from the marked paragraphs of the body, which ends at `bodyEnd`.
 * Markers glued to running text and decimal-looking ones (`1.5`) are only taken where the running
 * numbering expects them; markers that start a paragraph are always taken, and a numbering that
 * does not run on is kept in place with a warning.
 */
export function buildOutline(
  text: string,
  marked: readonly MarkedParagraph[],
  bodyEnd: number,
  paragraphs: readonly Paragraph[] = [],
): Outline {
  const markedSet = new Set(marked.map((m) => m.paragraph));
  const after = new Map(paragraphs.map((p, i) => [p, paragraphs[i + 1]]));
  /** A marker alone on its line (`第一章` / `发展基础`) takes the next unnumbered line as its heading. */
  const headingFor = (marker: Marker, paragraph: Paragraph): RunInHeading => {
    const own = runInHeading(text, marker.end, paragraph.end, paragraph.flat === true);
    const next = after.get(paragraph);
    return own.heading || !next || markedSet.has(next) || next.start >= bodyEnd ? own : runInHeading(text, next.start, next.end, next.flat === true);
  };
  /** Glued headings that could end at several places, settled once their siblings are known. */
  const unsettled: Array<{ node: Section; siblings: Section[]; candidates: number[] }> = [];
  /** Per sibling list: the ids' numbers in use and the largest (a repeated number takes max + 1). */
  const idsIn = new Map<Section[], { used: Set<number>; max: number }>();
  const roots: Section[] = [];
  const warnings: Warning[] = [];
  const stack: OpenLevel[] = [];
  const placed: Placed[] = [];
  /** Last number of a kind at a depth, across parents: measures numbered 1.…20. straight through. */
  const lastAtDepth = new Map<string, number>();
  const seenKinds = new Set<MarkerKind>();

  for (const { marker, paragraph } of marked) {
    const placement = chooseLevel(text, marker, paragraph, stack, lastAtDepth, seenKinds);
    debug(() => ({
      rule: `outline.marker.${marker.kind}`,
      action: placement ? 'accepted' : 'rejected',
      start: marker.start,
      end: marker.end,
      note: placement ? `level ${placement.depth + 1}${placement.mismatch ? ', kind mismatch' : ''}` : 'numbering does not run on here',
    }));
    if (!placement) continue;
    const { depth, mismatch } = placement;

    const parent = depth > 0 ? stack[depth - 1].node : null;
    const siblings = parent ? parent.children : roots;
    const open = stack[depth] as OpenLevel | undefined;
    warnings.push(...numberingWarnings(marker, open, mismatch, lastAtDepth.get(`${depth}:${marker.kind}`)));

    let ids = idsIn.get(siblings);
    if (!ids) idsIn.set(siblings, (ids = { used: new Set(), max: 0 }));
    const idNumber = ids.used.has(marker.number) ? ids.max + 1 : marker.number;
    ids.used.add(idNumber);
    ids.max = Math.max(ids.max, idNumber);
    const head = headingFor(marker, paragraph);
    const node: Section = {
      id: parent ? `${parent.id}.${idNumber}` : String(idNumber),
      level: depth + 1,
      marker: marker.text,
      number: marker.number,
      heading: head.heading,
      start: marker.start,
      end: paragraph.end,
      text: '',
      children: [],
    };
    const stray = strayBlankWarning(node);
    if (stray) warnings.push(stray);
    siblings.push(node);
    if (head.candidates.length) unsettled.push({ node, siblings, candidates: head.candidates });
    placed.push({ node, depth, paragraphStart: paragraph.start, markerEnd: marker.end });
    stack.length = depth;
    stack.push({
      kind: mismatch && open ? open.kind : marker.kind,
      last: marker.number,
      width: open?.width ?? marker.width, // the first sibling sets the level's punctuation width
      node,
    });
    seenKinds.add(marker.kind);
    lastAtDepth.set(`${depth}:${marker.kind}`, marker.number);
  }

  // A glued heading is cut where most of its siblings are glued too; where they are clean, only
  // at a length and form a sibling shares (`着力构建多元化的办学格局` beside `着力健全改革发展保障机制`):
  // a lone long heading among clean ones is a heading (`开展课堂教学质量提升专项行动`).
  const gluedIn = new Map<Section[], number>();
  for (const u of unsettled) gluedIn.set(u.siblings, (gluedIn.get(u.siblings) ?? 0) + 1);
  // Heading lengths per sibling list, and per opening form, kept current as headings are cut
  // (counted once per list: linear in nodes).
  const lengthsIn = new Map<Section[], { all: Map<number, number>; byForm: Map<string, Map<number, number>> }>();
  const bump = (m: Map<number, number>, n: number, by: number) => m.set(n, (m.get(n) ?? 0) + by);
  for (const { siblings } of unsettled) {
    if (lengthsIn.has(siblings)) continue;
    const all = new Map<number, number>();
    const byForm = new Map<string, Map<number, number>>();
    for (const s of siblings) {
      bump(all, s.heading.length, 1);
      const key = s.heading.slice(0, 2);
      if (!byForm.has(key)) byForm.set(key, new Map());
      bump(byForm.get(key)!, s.heading.length, 1);
    }
    lengthsIn.set(siblings, { all, byForm });
  }
  const cut = (node: Section, siblings: Section[], end: number) => {
    const { all } = lengthsIn.get(siblings)!;
    bump(all, node.heading.length, -1);
    node.heading = node.heading.slice(0, end);
    bump(all, end, 1);
  };
  // Where most siblings are glued: single-candidate headings first, then the others by rhythm.
  const majority = unsettled.filter((u) => (gluedIn.get(u.siblings) ?? 0) * 2 >= u.siblings.length);
  for (const u of majority) if (u.candidates.length === 1) cut(u.node, u.siblings, u.candidates[0]);
  for (const u of majority) {
    if (u.candidates.length < 2) continue;
    const { all } = lengthsIn.get(u.siblings)!;
    const end = pickBoundary(u.candidates, (n) => all.get(n) ?? 0);
    if (end !== null) cut(u.node, u.siblings, end);
  }
  // Where they are clean: only at a length a sibling of the same opening form has.
  for (const u of unsettled) {
    if ((gluedIn.get(u.siblings) ?? 0) * 2 >= u.siblings.length) continue;
    const form = lengthsIn.get(u.siblings)!.byForm.get(u.node.heading.slice(0, 2));
    const end = u.candidates.find((c) => (form?.get(c) ?? 0) > 0);
    if (end !== undefined) cut(u.node, u.siblings, end);
  }
  closeSpans(text, placed, bodyEnd);
  return { sections: roots, warnings };
}

/**
 * The depth a marker takes, or null to read it as running text. The kind's open level if there is
 * one (a sibling); else a new level below the open ones; else, for a number that continues an
 * open level of another bracket shape (`（3）` after `（二）`), that level as a typo.
 */
function chooseLevel(
  text: string,
  marker: Marker,
  paragraph: Paragraph,
  stack: readonly OpenLevel[],
  lastAtDepth: ReadonlyMap<string, number>,
  seenKinds: ReadonlySet<MarkerKind>,
): { depth: number; mismatch: boolean } | null {
  // A paragraph break is certain at a line start and at a blank in flattened text; a marker
  // glued to a full stop is only taken where the numbering expects it.
  const standsAlone = paragraph.lineStart || paragraph.sequenced === true || /[\s\u3000]/.test(text[paragraph.start - 1] ?? '');
  const trusted = standsAlone && !marker.ambiguous;
  const open = stack.findIndex((l) => l.kind === marker.kind);
  if (open >= 0) return trusted || marker.number === stack[open].last + 1 ? { depth: open, mismatch: false } : null;
  if (marker.ambiguous) return null; // `1.5倍` on a wrapped line: a decimal never opens a new level
  const newDepth = stack.length;
  const runsOn = marker.number === 1 || lastAtDepth.get(`${newDepth}:${marker.kind}`) === marker.number - 1;
  // A typo needs a certain paragraph break, or a bracketed marker (not glued in running text).
  if (!runsOn && (standsAlone || /^[（(]/.test(marker.text)) && !seenKinds.has(marker.kind)) {
    const typoOf = findLastIndex(stack, (l) => sameShape(l.kind, marker.kind) && l.last + 1 === marker.number);
    if (typoOf >= 0) return { depth: typoOf, mismatch: true };
  }
  return runsOn || trusted ? { depth: newDepth, mismatch: false } : null;
}

/** Warnings for a marker placed as a sibling of `open` (or as the first of a new level). */
function numberingWarnings(marker: Marker, open: OpenLevel | undefined, mismatch: boolean, continued: number | undefined): Warning[] {
  const out: Warning[] = [];
  const expected = open ? open.last + 1 : 1;
  if (mismatch) {
    out.push(warn('MARKER_KIND_MISMATCH', 'warning', `${marker.text} stands among ${open?.node.marker ?? ''}-style markers`, marker.start, marker.end));
  } else if (open && marker.number <= open.last) {
    out.push(warn('NUMBERING_REPEAT', 'warning', `${marker.text} repeats number ${marker.number} (expected ${expected})`, marker.start, marker.end));
  } else if (marker.number !== expected && !(continued !== undefined && marker.number === continued + 1)) {
    out.push(warn('NUMBERING_GAP', 'warning', `${marker.text} skips from ${expected - 1} to ${marker.number}`, marker.start, marker.end));
  }
  if (open && !mismatch && open.width !== 'none' && marker.width !== 'none' && open.width !== marker.width) {
    out.push(warn('PUNCTUATION_MIXED', 'info', `${marker.text} mixes full- and half-width punctuation with its siblings`, marker.start, marker.end));
  }
  if (marker.spaced) out.push(warn('MARKER_SPACING', 'info', `stray blank inside marker ${marker.text}`, marker.start, marker.end));
  if (marker.wrapper) out.push(warn('MARKDOWN_WRAPPER', 'info', `markdown ${marker.wrapper} around ${marker.text}`, marker.start, marker.end));
  return out;
}

/** A blank between two Chinese characters of a heading (`加强 组织领导`) is noise from conversion. */
function strayBlankWarning(node: Section): Warning | null {
  return /[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]/.test(node.heading)
    ? warn('STRAY_SPACE', 'info', `stray blank inside heading ${node.heading}`, node.start, node.end)
    : null;
}

/** A node runs to just before the next node at its depth or above (or the body end), trimmed. */
function closeSpans(text: string, placed: readonly Placed[], bodyEnd: number): void {
  // Walking back, `nextAt[d]` is where the nearest later node of depth ≤ d starts: linear in nodes.
  const maxDepth = placed.reduce((m, p) => Math.max(m, p.depth), 0);
  const nextAt: number[] = Array<number>(maxDepth + 1).fill(bodyEnd);
  for (let i = placed.length - 1; i >= 0; i--) {
    const { node, depth } = placed[i];
    node.end = Math.max(trimSpan(text, node.start, nextAt[depth]).end, node.start);
    for (let d = depth; d <= maxDepth; d++) nextAt[d] = placed[i].paragraphStart;
  }
  for (const { node, markerEnd } of placed) {
    const ownEnd = node.children.length ? node.children[0].start : node.end;
    const own = trimSpan(text, markerEnd, Math.max(ownEnd, markerEnd));
    node.text = text.slice(own.start, own.end);
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
