// The debug trace (issue 11): rules record what they made, dropped or changed; `--explain` and
// POLICY_PARSE_DEBUG=1 print it; recording it never changes the document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { debug, recordTrace, tracing, type TraceEntry } from '../../src/parse/trace.js';
import { runCli } from '../cli/inprocess.js';

const PLAN = '一、总体目标\n进入新一轮发展期，到2025年，全市养老机构护理型床位占比达到60%以上。\n';

describe('debug(() => entry)', () => {
  it('never calls the closure unless a trace is recorded, and restores the previous sink', () => {
    let called = 0;
    const make = (): TraceEntry => (called++, { rule: 'test.rule', action: 'made', start: 0, end: 1 });
    debug(make);
    expect(called).toBe(0);
    expect(tracing()).toBe(false);
    const outer: TraceEntry[] = [];
    const inner: TraceEntry[] = [];
    recordTrace((e) => outer.push(e), () => {
      debug(make);
      recordTrace((e) => inner.push(e), () => debug(make));
      debug(make);
    });
    debug(make);
    expect([called, outer.length, inner.length, tracing()]).toEqual([3, 2, 1, false]);
  });

  it('is restored when the traced run throws', () => {
    expect(() => recordTrace(() => {}, () => { throw new Error('boom'); })).toThrow('boom');
    expect(tracing()).toBe(false);
  });
});

describe('parseDocument({ trace })', () => {
  it('names the rule that made a target, the one that excluded 新一轮, and the refiner that widened a span', () => {
    const entries: TraceEntry[] = [];
    parseDocument(PLAN, { trace: (e) => entries.push(e) });
    const at = (rule: string) => entries.filter((e) => e.rule === rule).map((e) => [e.action, PLAN.slice(e.start, e.end), e.note ?? null]);
    expect(at('targets.exclusion.round')).toEqual([['excluded', '一', null]]);
    expect(at('targets.parser.percent')).toEqual([['made', '60%', 'percent']]);
    expect(at('targets.refiner.attachComparators')).toEqual([['changed', '达到60%以上', 'from 38-41']]);
    expect(at('outline.marker.cn-dun')).toEqual([['accepted', '一、', 'level 1']]);
  });

  it('records responsibility finders: a list made, a label naming no unit dropped', () => {
    const text = '一、任务\n（一）建设平台（牵头单位：市民政局）。\n（二）完善机制（责任单位：另行通知）。';
    const entries: TraceEntry[] = [];
    parseDocument(text, { trace: (e) => entries.push(e) });
    expect(entries.filter((e) => e.rule === 'responsibilities.labeled').map((e) => [e.action, text.slice(e.start, e.end), e.note])).toEqual([
      ['made', '（牵头单位：市民政局）', '1 units'],
      ['dropped', '（责任单位：另行通知）', 'no unit'],
    ]);
  });
});

describe('--explain', () => {
  it('prints each rule decision for the input on stderr, stdout unchanged', async () => {
    const plain = await runCli(['parse', '-', '-q'], { input: PLAN });
    const explained = await runCli(['parse', '-', '-q', '--explain'], { input: PLAN });
    expect(explained.status).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(explained.stderr).toBe(
      [
        'explain -: 9 entries',
        '  outline.marker.cn-dun  一、@0-2 accepted (level 1)',
        '  targets.exclusion.sectionMarker  一、@0-2 excluded',
        '  targets.exclusion.round  一@10-11 excluded',
        '  targets.parser.calendarDate  到2025年@16-22 made (date)',
        '  targets.parser.percent  60%@38-41 made (percent)',
        '  targets.parser.duration  2025年@17-22 dropped (match declined)',
        '  targets.refiner.attachComparators  达到60%以上@36-43 changed (from 38-41)',
        '  targets.context  到2025年@16-22 made (indicator=- (-), deadline=- (-))',
        '  targets.context  达到60%以上@36-43 made (indicator=全市养老机构护理型床位占比 (clause), deadline=2025 (clause))',
        '',
      ].join('\n'),
    );
  });

  it('--explain-at OFFSET keeps what concerns that offset, counted in --offset-unit', async () => {
    const text = `𠮷${PLAN}`; // one character outside the BMP: code point offsets are one less than utf16 ones
    const cp = await runCli(['parse', '-', '-q', '--explain-at', '11'], { input: text });
    expect(cp.stderr).toBe('explain -: 1 entries\n  targets.exclusion.round  一@11-12 excluded\n');
    const utf16 = await runCli(['parse', '-', '-q', '--offset-unit', 'utf16', '--explain-at', '12'], { input: text });
    expect(utf16.stderr).toBe('explain -: 1 entries\n  targets.exclusion.round  一@12-13 excluded\n');
  });

  it('POLICY_PARSE_DEBUG=1 turns it on, 0 or empty leaves it off', async () => {
    const on = await runCli(['parse', '-', '-q'], { input: PLAN, env: { POLICY_PARSE_DEBUG: '1' } });
    expect(on.stderr.split('\n')[0]).toBe('explain -: 9 entries');
    for (const value of ['0', '']) {
      const off = await runCli(['parse', '-', '-q'], { input: PLAN, env: { POLICY_PARSE_DEBUG: value } });
      expect(off.stderr).toBe('');
    }
  });

  it('rejects a negative or non-numeric offset as a usage error', async () => {
    const bad = await runCli(['parse', '-', '--explain-at', 'x'], { input: PLAN });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("option '--explain-at <offset>' argument 'x' is invalid. expected an integer ≥ 0");
  });
});

describe('tracing never changes the document', () => {
  const FRAGMENTS = [
    '一、', '（二）', '1.', '（1）', '到2025年，', '达到', '60%以上', '不低于', '1000万元', '新一轮', '（牵头单位：市民政局；配合单位：市财政局）',
    '责任单位：', '。', '，', '：', '\n', '序号\t任务\t责任单位\n', '\t', '2024年3月1日', '𠮷', 'ab',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((p) => p.join(''));

  it('arbitrary text: same document with and without a trace, and every traced span lies in the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const entries: TraceEntry[] = [];
        const traced = parseDocument(t, { trace: (e) => entries.push(e), offsetUnit: 'codepoint' });
        expect(traced).toEqual(parseDocument(t, { offsetUnit: 'codepoint' }));
        const length = t.charCodeAt(0) === 0xfeff ? t.length - 1 : t.length;
        for (const e of entries) expect(0 <= e.start && e.start <= e.end && e.end <= length, `${e.rule} ${e.start}-${e.end}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the bundled seeds: same document with and without a trace', () => {
    const dir = join(import.meta.dirname, '../../seeds');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(join(dir, name));
      let count = 0;
      expect(parseDocument(bytes, { trace: () => count++ }), name).toEqual(parseDocument(bytes));
      expect(count, name).toBeGreaterThan(0);
    }
  });
});
