import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes, isStandaloneCodeUnit } from '@/utils/sms/graphemes';

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

  it('agrees with segmenting in one go, across chunk boundaries', () => {
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
  });

  it('segments a long text in linear time', () => {
    const text = 'a€ 👍🏽 '.repeat(50_000);
    let count = 0;
    for (const _ of graphemes(text)) count += 1;
    expect(count).toBe(6 * 50_000);
  });
});

describe('isStandaloneCodeUnit', () => {
  it('only admits code units that form a grapheme alone on both sides', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (!isStandaloneCodeUnit(code)) continue;
      const character = String.fromCharCode(code);
      const parts = segmentAtOnce(`a${character}${character}a`);
      if (parts.length !== 4) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
