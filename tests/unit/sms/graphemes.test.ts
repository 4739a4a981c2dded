import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes, isStandaloneCodeUnit, mayGlueToNext } from '@/utils/sms/graphemes';

// Exhaustive and property checks take seconds; a busy machine must not fail them on time.
const TIMEOUT_MS = 60_000;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function segmentAtOnce(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

// Characters that glue to their neighbours: combining marks, ZWJ, skin tones, flags, CR/LF,
// an Arabic prepended mark, Hangul jamo, a Devanagari spacing mark.
const TRICKY = [
  '\u0301',
  '\u200D',
  '🏽',
  '🇵',
  '🇭',
  '\r',
  '\n',
  '\u0600',
  '\u1100',
  '\u1161',
  '\u093E',
  '👩',
  '\uFE0F',
];

describe('graphemes', () => {
  it('yields nothing for empty text', () => {
    expect([...graphemes('')]).toEqual([]);
  });

  it('keeps emoji sequences, flags and combining marks whole', () => {
    expect([...graphemes('Hi 👋🏽 🇵🇭 e\u0301 👨‍👩‍👧‍👦\r\n')]).toEqual([
      'H',
      'i',
      ' ',
      '👋🏽',
      ' ',
      '🇵🇭',
      ' ',
      'e\u0301',
      ' ',
      '👨‍👩‍👧‍👦',
      '\r\n',
    ]);
  });

  it(
    'agrees with segmenting in one go, across chunk boundaries',
    () => {
      const piece = fc.oneof(
        fc.constantFrom(...TRICKY),
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 5 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
          const text = pieces.join('');
          expect([...graphemes(text)]).toEqual(segmentAtOnce(text));
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'segments long texts in chunks (V8 would take minutes in one go)',
    () => {
      for (const [unit, graphemesPerUnit] of [
        ['a€ 👍🏽 ', 5],
        ['a€', 2],
        ['жя', 2],
      ] as const) {
        let count = 0;
        for (const _ of graphemes(unit.repeat(100_000))) count += 1;
        expect(count).toBe(graphemesPerUnit * 100_000);
      }
    },
    TIMEOUT_MS,
  );
});

describe('safe cut points', () => {
  const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

  it(
    'standalone code units never attach to either neighbour',
    () => {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code += 1) {
        if (!isStandaloneCodeUnit(code)) continue;
        const character = String.fromCharCode(code);
        if (segmentAtOnce(`a${character}${character}a`).length !== 4) wrong.push(code.toString(16));
      }
      expect(wrong).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'only the listed code units hold on to a following standalone character',
    () => {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code += 1) {
        if (mayGlueToNext(code) || isSurrogate(code)) continue;
        const character = String.fromCharCode(code);
        for (const next of ['a', '\u00a9', '\u4e00']) {
          const parts = segmentAtOnce(`${character}${next}`);
          if (parts.at(-1) !== next) wrong.push(`${code.toString(16)}+${next}`);
        }
      }
      expect(wrong).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
