import type { Document } from '../schema/document.js';
import type { Target } from '../schema/target.js';
import type { UnitRole } from '../schema/responsibility.js';
import { measureKey } from './matrix.js';

const BLANKS = /[\s\u3000\u00a0\ufeff]+/g;

export interface NetworkNode {
  name: string;
  lead: number;
  support: number;
  responsible: number;
  /** Documents naming the unit. */
  documents: number;
}

/** lead→support: the source leads a measure the target supports; shared: both named without a lead. */
export type EdgeKind = 'lead-support' | 'co-lead' | 'shared';

export interface NetworkEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** Measures in which the pair meets this way. */
  weight: number;
}

export interface UnitNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * The lead/support network of units across documents: units as nodes; an edge for each pair that
 * shares a measure: lead→support (directed), two leads (co-lead), or two units both simply
 * responsible (shared). Supporters of one lead are not linked to each other, which would draw a
 * clique for every long list without saying who works with whom.
 */
export function unitNetwork(docs: readonly Document[]): UnitNetwork {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const addEdge = (source: string, target: string, kind: EdgeKind) => {
    if (source === target) return;
    const [a, b] = kind === 'lead-support' ? [source, target] : [source, target].sort();
    const key = `${kind}\u0000${a}\u0000${b}`;
    const edge = edges.get(key) ?? { source: a, target: b, kind, weight: 0 };
    edge.weight++;
    edges.set(key, edge);
  };
  for (const doc of docs) {
    const byMeasure = new Map<string, Map<string, Set<UnitRole>>>();
    doc.responsibilities.forEach((list, index) => {
      const key = measureKey(list, index);
      const units = byMeasure.get(key) ?? new Map<string, Set<UnitRole>>();
      for (const unit of list.units) {
        const name = unit.name.replace(BLANKS, '');
        units.set(name, (units.get(name) ?? new Set()).add(unit.role));
      }
      byMeasure.set(key, units);
    });
    const inDoc = new Set<string>();
    for (const units of byMeasure.values()) {
      const withRole = (role: UnitRole) => [...units].filter(([, roles]) => roles.has(role)).map(([name]) => name);
      const leads = withRole('lead');
      const supports = withRole('support');
      const responsible = withRole('responsible');
      for (const [name, roles] of units) {
        const node = nodes.get(name) ?? { name, lead: 0, support: 0, responsible: 0, documents: 0 };
        for (const role of roles) node[role]++;
        nodes.set(name, node);
        inDoc.add(name);
      }
      for (const lead of leads) for (const support of supports) addEdge(lead, support, 'lead-support');
      for (let i = 0; i < leads.length; i++) for (let j = i + 1; j < leads.length; j++) addEdge(leads[i], leads[j], 'co-lead');
      for (let i = 0; i < responsible.length; i++) for (let j = i + 1; j < responsible.length; j++) addEdge(responsible[i], responsible[j], 'shared');
    }
    for (const name of inDoc) nodes.get(name)!.documents++;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * The indicator as compared across documents: blanks removed, and a leading 全市/全省/我区/本县…
 * dropped, since each plan names its own jurisdiction before the same measure.
 */
export function indicatorKey(indicator: string): string {
  return indicator.replace(BLANKS, '').replace(/^(?:全|我|本)(?:国|省|市|区|县|州|盟|旗)/, '');
}

export interface IndicatorEntry {
  docIndex: number;
  targetIndex: number;
  indicator: string;
  target: Pick<Target, 'text' | 'value' | 'min' | 'max' | 'unit' | 'comparator' | 'deadline' | 'kind'>;
}

export interface IndicatorGroup {
  key: string;
  entries: IndicatorEntry[];
}

/** Indicators named in at least two documents, each with its targets in every document; most widespread first. */
export function sharedIndicators(docs: readonly Document[]): IndicatorGroup[] {
  const groups = new Map<string, IndicatorEntry[]>();
  docs.forEach((doc, docIndex) =>
    doc.targets.forEach((t, targetIndex) => {
      if (!t.indicator) return;
      const key = indicatorKey(t.indicator);
      if (!key) return;
      const { text, value, min, max, unit, comparator, deadline, kind } = t;
      const entries = groups.get(key) ?? [];
      entries.push({ docIndex, targetIndex, indicator: t.indicator, target: { text, value, min, max, unit, comparator, deadline, kind } });
      groups.set(key, entries);
    }),
  );
  const documents = (entries: IndicatorEntry[]) => new Set(entries.map((e) => e.docIndex)).size;
  return [...groups]
    .filter(([, entries]) => documents(entries) >= 2)
    .map(([key, entries]) => ({ key, entries }))
    .sort((a, b) => documents(b.entries) - documents(a.entries) || b.entries.length - a.entries.length || (a.key < b.key ? -1 : 1));
}
