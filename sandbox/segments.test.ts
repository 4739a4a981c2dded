import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments, GSM7_BASIC, GSM7_EXTENSION } from './segments.ts';

const gsm = (length: number): string => 'a'.repeat(length);
const ucs = (length: number): string => 'ж'.repeat(length);

describe('countSegments', () => {
  it('knows the whole GSM-7 alphabet: 127 basic characters (ESC excluded) and 10 extension ones', () => {
    expect([...GSM7_BASIC]).toHaveLength(127);
    expect(new Set(GSM7_BASIC).size).toBe(127);
    expect([...GSM7_EXTENSION]).toHaveLength(10);
  });

  it.each([
    [0, 0],
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [1071, 7],
    [1072, 8],
  ])('GSM-7: %i characters make %i parts', (length, parts) => {
    expect(countSegments(gsm(length))).toEqual({ encoding: 'GSM-7', units: length, parts });
  });

  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [469, 7],
    [470, 8],
  ])('UCS-2: %i code units make %i parts', (length, parts) => {
    expect(countSegments(ucs(length))).toEqual({ encoding: 'UCS-2', units: length, parts });
  });

  it('counts every extension character (and form feed) as 2 units', () => {
    for (const char of GSM7_EXTENSION) {
      expect(countSegments(char)).toEqual({ encoding: 'GSM-7', units: 2, parts: 1 });
    }
    expect(countSegments(`${gsm(158)}€`).parts).toBe(1);
    expect(countSegments(`${gsm(159)}€`).parts).toBe(2);
  });

  it('keeps accented letters of the GSM-7 table in GSM-7, and switches for anything else', () => {
    expect(countSegments('Ça va? àéèìòù ÄÖÑÜ äöñü ¿¡ §').encoding).toBe('GSM-7');
    expect(countSegments('ç').encoding).toBe('UCS-2');
    expect(countSegments('`').encoding).toBe('UCS-2');
  });

  it('counts an emoji as two UTF-16 code units', () => {
    expect(countSegments('😀')).toEqual({ encoding: 'UCS-2', units: 2, parts: 1 });
    expect(countSegments(`${gsm(68)}😀`).parts).toBe(1);
    expect(countSegments(`${gsm(69)}😀`).parts).toBe(2);
  });

  it('never gives fewer parts when a character is added, whatever the mix of alphabets', () => {
    const char = fc.oneof(
      fc.constantFrom(...GSM7_BASIC),
      fc.constantFrom(...GSM7_EXTENSION),
      fc.constantFrom('ж', 'ç', '中', '😀', '\uD800'),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 500 }), char, (chars, extra) => {
        const text = chars.join('');
        return countSegments(text + extra).parts >= countSegments(text).parts;
      }),
      { numRuns: 200 },
    );
  });

  it('gives GSM-7 text one more part exactly when it crosses a part boundary', () => {
    const gsmChar = fc.constantFrom(...GSM7_BASIC);
    fc.assert(
      fc.property(fc.array(gsmChar, { minLength: 1, maxLength: 1100 }), (chars) => {
        const { units, parts } = countSegments(chars.join(''));
        return units === chars.length && parts === (units <= 160 ? 1 : Math.ceil(units / 153));
      }),
      { numRuns: 200 },
    );
  });
});
