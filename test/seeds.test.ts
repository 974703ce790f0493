// The seed corpus as a ratchet: the figures may only go up. Raise a floor when a change lifts it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from '../src/index.js';
import { FIXTURES, SEEDS } from './helpers/fixtures.js';
import {
  add, f1, metaFieldsOk, noteCounts, responsibilityCounts, sectionCounts, tableCells, targetCounts,
  type Counts, type Gold,
} from './helpers/gold.js';

const FLOORS = {
  metaAccuracy: 0,
  sectionsF1: 0,
  headingAccuracy: 0,
  targetsF1: 0,
  targetsStrictF1: 0,
  responsibilitiesF1: 0,
  roleAccuracy: 0,
  notesF1: 0,
  tableCellAccuracy: 0,
};

const goldDir = join(FIXTURES, 'seeds');
const cases = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const stem = f.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
    const doc = parseDocument(readFileSync(join(SEEDS, `${stem}.txt`)), { path: `seeds/${stem}.txt` });
    return { stem, gold, doc };
  });

const zero: Counts = { tp: 0, fp: 0, fn: 0 };

describe('seed corpus against the hand-checked gold', () => {
  it('has all five seeds', () => {
    expect(cases.map((c) => c.stem)).toHaveLength(5);
  });

  it('every span slices back to the source', () => {
    for (const { stem, doc } of cases) {
      const text = readFileSync(join(SEEDS, `${stem}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const spans: Array<{ start: number; end: number; text: string }> = [
        ...doc.targets,
        ...doc.responsibilities.map((r) => ({ ...r, text: r.raw })),
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('keeps every figure at or above its floor', () => {
    let meta = 0;
    let metaTotal = 0;
    let sections = zero;
    let headings = 0;
    let targets = zero;
    let exact = 0;
    let resp = zero;
    let roles = 0;
    let notes = zero;
    let cells = 0;
    let cellsTotal = 0;
    for (const { gold, doc } of cases as Array<{ gold: Gold; doc: Document }>) {
      metaTotal += 8;
      meta += 8 - metaFieldsOk(gold, doc).length;
      const s = sectionCounts(gold, doc);
      sections = add(sections, s);
      headings += s.headingsOk;
      const t = targetCounts(gold, doc);
      targets = add(targets, t);
      exact += t.exact;
      const r = responsibilityCounts(gold, doc);
      resp = add(resp, r);
      roles += r.rolesOk;
      notes = add(notes, noteCounts(gold, doc));
      const c = tableCells(gold, doc);
      cells += c.ok;
      cellsTotal += c.total;
    }
    const wrongValues = targets.tp - exact;
    const figures = {
      metaAccuracy: meta / metaTotal,
      sectionsF1: f1(sections),
      headingAccuracy: sections.tp ? headings / sections.tp : 0,
      targetsF1: f1(targets),
      targetsStrictF1: f1({ tp: exact, fp: targets.fp + wrongValues, fn: targets.fn + wrongValues }),
      responsibilitiesF1: f1(resp),
      roleAccuracy: resp.tp ? roles / resp.tp : 0,
      notesF1: f1(notes),
      tableCellAccuracy: cellsTotal ? cells / cellsTotal : 0,
    };
    for (const [name, floor] of Object.entries(FLOORS)) {
      expect(figures[name as keyof typeof figures], name).toBeGreaterThanOrEqual(floor);
    }
  });
});
