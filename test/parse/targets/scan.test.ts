import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXCLUSIONS, PARSERS } from '../../../src/parse/targets/config.js';
import { maskExcluded } from '../../../src/parse/targets/index.js';
import { buildTextIndex } from '../../../src/parse/segment/textIndex.js';
import type { RegexExclusion } from '../../../src/parse/targets/exclusions/regexExclusion.js';
import { WHITESPACE_CHARS, matchesOf, positionsIn, runTable, startTable } from '../../../src/parse/targets/scan.js';
import { fixtureCases, SEEDS } from '../../helpers/fixtures.js';

/** What the scanner must reproduce: every match, as index, text and groups. */
function plain(pattern: RegExp, text: string) {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0], { ...m.groups }]);
}

function fast(pattern: RegExp, text: string, startChars: string, runClasses?: readonly string[], innerClasses?: readonly string[]) {
  const runs = runClasses === undefined ? undefined : runTable(runClasses);
  const inner = innerClasses === undefined ? undefined : runTable(innerClasses);
  return matchesOf(pattern, text, positionsIn(text, startTable(startChars)), runs, undefined, inner).map((m) => [m.index, m[0], { ...m.groups }]);
}

const TEXTS = [...fixtureCases('seeds', SEEDS), ...fixtureCases('targets'), ...fixtureCases('structure')].map((c) => c.text);

/** Characters the parsers and exclusions care about, plus CJK filler, spaces and a blank. */
const ALPHABET = [
  ...'0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千万亿',
  ...'年月日号底前末初起度份周天个小时工作分钟%％元倍百分点之半翻番人均每次所家项名床位系数指标:：∶比.．,，。；;、-—～至到“”"‘’《》（）()第号〔〕+＋ABCkWhMW',
  ...'的在建设达提高率\n\t \u3000\u0000',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));

describe('matchesOf', () => {
  it('tries the pattern only at the candidate offsets, resuming after each match', () => {
    expect(matchesOf(/a|bb/gu, 'abba', [0, 1, 3]).map((m) => [m.index, m[0]])).toEqual([[0, 'a'], [1, 'bb'], [3, 'a']]);
    expect(matchesOf(/a|bb/gu, 'abba', [0, 2, 3]).map((m) => [m.index, m[0]])).toEqual([[0, 'a'], [3, 'a']]);
    expect(matchesOf(/b/gu, 'abba', [0, 3])).toEqual([]);
  });

  it('sees the text before the offset, so lookbehinds hold', () => {
    expect(matchesOf(/(?<=系数)\d/gu, '系数5与5', [2, 4]).map((m) => m.index)).toEqual([2]);
  });

  it('without candidates is matchAll', () => {
    expect(matchesOf(/\d+/gu, 'a12b3').map((m) => m[0])).toEqual(['12', '3']);
  });

  it('lists the whitespace `\\s` matches', () => {
    expect([...WHITESPACE_CHARS].every((c) => /^\s$/u.test(c))).toBe(true);
    const others = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter((c) => /^\s$/u.test(c) && !WHITESPACE_CHARS.includes(c));
    expect(others).toEqual([]);
  });
});

describe('start characters of the target patterns', () => {
  const scanned = [
    ...PARSERS.filter((p) => p.startChars !== undefined).map((p) => ({ name: p.name, pattern: p.pattern, startChars: p.startChars!, runClasses: p.runClasses, innerClasses: p.innerClasses })),
    ...(EXCLUSIONS as readonly Partial<RegexExclusion>[])
      .filter((e) => e.pattern !== undefined && e.startChars !== undefined)
      .map((e) => ({ name: e.name!, pattern: e.pattern!, startChars: e.startChars!, runClasses: e.runClasses, innerClasses: e.innerClasses })),
  ];

  it('cover every parser', () => {
    expect(PARSERS.filter((p) => p.startChars === undefined).map((p) => p.name)).toEqual([]);
  });

  it('run and inner classes lie in the start characters', () => {
    for (const { name, startChars, runClasses, innerClasses } of scanned) {
      for (const chars of [...(runClasses ?? []), ...(innerClasses ?? [])]) expect([name, [...chars].filter((c) => !startChars.includes(c))]).toEqual([name, []]);
    }
  });

  for (const { name, pattern, startChars, runClasses, innerClasses } of scanned) {
    it(`${name}: the same matches as matchAll on the fixtures`, () => {
      for (const t of TEXTS) {
        const masked = maskExcluded(buildTextIndex(t), EXCLUSIONS);
        expect(fast(pattern, masked, startChars, runClasses, innerClasses)).toEqual(plain(pattern, masked));
        expect(fast(pattern, t, startChars, runClasses, innerClasses)).toEqual(plain(pattern, t));
      }
    });

    it(`${name}: the same matches as matchAll on any text`, () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(fast(pattern, t, startChars, runClasses, innerClasses)).toEqual(plain(pattern, t));
        }),
        { numRuns: 3000 },
      );
    });
  }
});
