// Gold corpora as a ratchet: the seeds and the held-out sets written for this project, each
// scored against its hand-made gold. The figures may only go up: raise a floor when a change
// lifts it, never lower one to make a change pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentAsync } from '../src/index.js';
import { FIXTURES, SEEDS } from './helpers/fixtures.js';
import {
  add, f1, metaFieldsOk, noteCounts, responsibilityCounts, sectionCounts, tableCells, targetCounts,
  type Counts, type Gold,
} from './helpers/gold.js';

type Figures = Record<
  | 'metaAccuracy' | 'sectionsF1' | 'headingAccuracy' | 'targetsF1' | 'targetsStrictF1'
  | 'responsibilitiesF1' | 'roleAccuracy' | 'notesF1' | 'tableCellAccuracy',
  number
>;

interface Corpus {
  name: string;
  docs: string;
  gold: string;
  floors: Figures;
  /** Fewer documents than this means a folder was lost (default 4). */
  minDocuments?: number;
}

const ALL_PERFECT: Figures = {
  metaAccuracy: 1, sectionsF1: 1, headingAccuracy: 1, targetsF1: 1, targetsStrictF1: 1,
  responsibilitiesF1: 1, roleAccuracy: 1, notesF1: 1, tableCellAccuracy: 1,
};

const CORPORA: Corpus[] = [
  { name: 'seeds', docs: SEEDS, gold: join(FIXTURES, 'seeds'), floors: ALL_PERFECT },
  {
    // Synthetic documents this team wrote as a held-out set (fixtures/unseen/README.md); tuned on
    // since, so these floors measure nothing about documents from elsewhere.
    name: 'unseen',
    docs: join(FIXTURES, 'unseen', 'docs'),
    gold: join(FIXTURES, 'unseen', 'gold'),
    floors: ALL_PERFECT,
  },
  {
    // Written after the rules, from areas and layouts none of them were tuned on; since tuned on
    // (the responsibility floor rose to 1 when lists after five-level items climbed to their item).
    name: 'unseen2',
    docs: join(FIXTURES, 'unseen2', 'docs'),
    gold: join(FIXTURES, 'unseen2', 'gold'),
    floors: ALL_PERFECT,
  },
  {
    // Four real documents found on the web (the team's development set, fixtures/realdocs/README.md).
    name: 'realdocs',
    docs: join(FIXTURES, 'realdocs', 'docs'),
    gold: join(FIXTURES, 'realdocs', 'gold'),
    floors: ALL_PERFECT,
  },
  {
    // Three real documents found in this session (fixtures/real2/README.md): two gov.cn pages with
    // their page-metadata table, one OCR'd one-line plan with 16 bracketed lists. First contact is
    // recorded there; the list rules were then tuned on m02's misses.
    name: 'real2',
    docs: join(FIXTURES, 'real2', 'docs'),
    gold: join(FIXTURES, 'real2', 'gold'),
    floors: ALL_PERFECT,
    minDocuments: 3,
  },
  {
    // Two gov.cn pages found in this session (fixtures/real3/README.md): a 工作方案 with 39 bracketed
    // lists (`（A、B指导）`, a standing instruction) and an 意见 with the lead-first rule. First contact
    // is recorded there; the rules drawn from its misses were then tuned on it.
    name: 'real3',
    docs: join(FIXTURES, 'real3', 'docs'),
    gold: join(FIXTURES, 'real3', 'gold'),
    floors: ALL_PERFECT,
    minDocuments: 2,
  },
  {
    // Three gov.cn pages found in this session (fixtures/real4/README.md): a 实施方案 dense with
    // targets, two 意见 with 36 lists. First contact is recorded there; the rules drawn from its
    // misses were then tuned on it. Left as judgement calls: a bracket inside a sentence read as a
    // list (j01), `冬季两项` read as a count, `16—24岁` not read as a target.
    name: 'real4',
    docs: join(FIXTURES, 'real4', 'docs'),
    gold: join(FIXTURES, 'real4', 'gold'),
    floors: { ...ALL_PERFECT, targetsF1: 0.98, targetsStrictF1: 0.98, responsibilitiesF1: 0.995 },
    minDocuments: 3,
  },
  {
    // Two gov.cn pages found in this session (fixtures/real5/README.md): 意见 with 38 lists and no
    // goals (a lead-first variant, `A等和各省级人民政府负责`). First contact is recorded there; tuned on since.
    name: 'real5',
    docs: join(FIXTURES, 'real5', 'docs'),
    gold: join(FIXTURES, 'real5', 'gold'),
    floors: ALL_PERFECT,
    minDocuments: 2,
  },
  {
    // Real OCR'd one-line documents (fixtures/real/README.md). First contact is recorded there; the
    // meta and outline rules of this session were then tuned on their misses, so these floors are
    // no longer a generalisation figure. The saved HTML page (n06) is read by the HTML reader.
    name: 'real',
    docs: join(FIXTURES, 'real', 'docs'),
    gold: join(FIXTURES, 'real', 'gold'),
    floors: {
      ...ALL_PERFECT, metaAccuracy: 0.916, sectionsF1: 0.98, headingAccuracy: 0.98, targetsF1: 0.977, targetsStrictF1: 0.947,
      responsibilitiesF1: 0.993,
    },
  },
];

const zero: Counts = { tp: 0, fp: 0, fn: 0 };

/**
 * Every document of the corpus parsed as the CLI reads it (an HTML page through its reader), with
 * the text its offsets point into: the extracted text for a page, the decoded file otherwise.
 */
async function score(corpus: Corpus) {
  const files = readdirSync(corpus.gold).filter((f) => f.endsWith('.gold.json')).sort();
  const cases = await Promise.all(
    files.map(async (f) => {
      const gold = JSON.parse(readFileSync(join(corpus.gold, f), 'utf8')) as Gold & { file: string };
      const path = join(corpus.docs, gold.file);
      const doc = await parseDocumentAsync(readFileSync(path), { path, includeText: true });
      return { gold, text: doc.source.text ?? '', doc };
    }),
  );
  let meta = 0;
  let sections = zero;
  let headings = 0;
  let targets = zero;
  let exact = 0;
  let resp = zero;
  let roles = 0;
  let notes = zero;
  let cells = 0;
  let cellsTotal = 0;
  for (const { gold, doc } of cases) {
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
  const figures: Figures = {
    metaAccuracy: meta / (8 * cases.length),
    sectionsF1: f1(sections),
    headingAccuracy: sections.tp ? headings / sections.tp : 0,
    targetsF1: f1(targets),
    targetsStrictF1: f1({ tp: exact, fp: targets.fp + wrongValues, fn: targets.fn + wrongValues }),
    responsibilitiesF1: f1(resp),
    roleAccuracy: resp.tp ? roles / resp.tp : 0,
    notesF1: f1(notes),
    tableCellAccuracy: cellsTotal ? cells / cellsTotal : 1,
  };
  return { cases, figures };
}

for (const corpus of CORPORA) {
  describe(`${corpus.name} corpus against its hand-checked gold`, async () => {
    const { cases, figures } = await score(corpus);
    if (process.env.PDP_PRINT_FIGURES) console.log(corpus.name, figures);

    it('has documents to score', () => {
      expect(existsSync(corpus.gold)).toBe(true);
      expect(cases.length).toBeGreaterThanOrEqual(corpus.minDocuments ?? 4);
    });

    it('every target and responsibility span slices back to the source', () => {
      for (const { text, doc } of cases) {
        for (const t of doc.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const r of doc.responsibilities) expect(text.slice(r.start, r.end)).toBe(r.raw);
      }
    });

    for (const [name, floor] of Object.entries(corpus.floors)) {
      it(`${name} stays at or above ${floor}`, () => {
        expect(figures[name as keyof Figures]).toBeGreaterThanOrEqual(floor - 1e-9);
      });
    }
  });
}
