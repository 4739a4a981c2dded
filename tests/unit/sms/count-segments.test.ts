import { describe, expect, it } from 'vitest';
import { countSegments, MAX_PARTS } from '@/utils/sms/count-segments';
import { GSM7_BASIC_CHARACTERS, GSM7_EXTENSION_CHARACTERS } from '@/utils/sms/gsm7-alphabet';

describe('countSegments', () => {
  it('describes empty text fully', () => {
    expect(countSegments('')).toEqual({
      encoding: 'GSM-7',
      characters: 0,
      units: 0,
      parts: 0,
      perPart: 160,
      remainingInPart: 160,
      unicodeCulprits: [],
      tooLong: false,
    });
  });

  it('reports 160/153 per part for GSM-7 and 70/67 for UCS-2', () => {
    expect(countSegments('a'.repeat(160)).perPart).toBe(160);
    expect(countSegments('a'.repeat(161)).perPart).toBe(153);
    expect(countSegments('ж'.repeat(70)).perPart).toBe(70);
    expect(countSegments('ж'.repeat(71)).perPart).toBe(67);
  });

  it('allows seven parts and no more', () => {
    expect(MAX_PARTS).toBe(7);
    expect(countSegments('a'.repeat(153 * MAX_PARTS)).tooLong).toBe(false);
    expect(countSegments('a'.repeat(153 * MAX_PARTS + 1)).tooLong).toBe(true);
  });

  it('lists each culprit once, in order of first appearance', () => {
    const count = countSegments('“Hi” 👋 — “bye” 👋🏽');
    expect(count.unicodeCulprits).toEqual(['“', '”', '👋', '—', '👋🏽']);
  });

  it('counts graphemes as characters and code units as units', () => {
    const count = countSegments('🇵🇭🇰🇪');
    expect(count).toMatchObject({ characters: 2, units: 8, encoding: 'UCS-2' });
  });

  it('switches the whole message to UCS-2 for one emoji at the end', () => {
    const gsm = countSegments('a'.repeat(100));
    const mixed = countSegments(`${'a'.repeat(100)}🙂`);
    expect(gsm).toMatchObject({ encoding: 'GSM-7', parts: 1 });
    expect(mixed).toMatchObject({ encoding: 'UCS-2', units: 102, parts: 2 });
  });

  it('counts an extension character as two septets everywhere in the text', () => {
    expect(countSegments('Price: €5 {promo}').units).toBe(17 + 3);
  });

  // Kept out of segment-cases.json: Vite's JSON loader rejects a lone surrogate escape.
  it('counts a lone surrogate as one UCS-2 unit', () => {
    expect(countSegments('\uD83D')).toMatchObject({ encoding: 'UCS-2', units: 1, characters: 1 });
    expect(countSegments('\uD83D').unicodeCulprits).toEqual(['\uD83D']);
  });

  it('handles a megabyte of text', () => {
    const count = countSegments('a€'.repeat(350_000));
    expect(count).toMatchObject({ encoding: 'GSM-7', units: 1_050_000, tooLong: true });
    // 51 pairs (153 septets) fill a part exactly.
    expect(count.parts).toBe(Math.ceil(350_000 / 51));
  }, 60_000);
});

describe('GSM-7 alphabet', () => {
  it('has 127 basic characters (128 codes minus the escape) and 10 extension characters', () => {
    expect(GSM7_BASIC_CHARACTERS.size).toBe(127);
    expect(GSM7_EXTENSION_CHARACTERS.size).toBe(10);
  });

  it('keeps the two tables apart', () => {
    for (const character of GSM7_EXTENSION_CHARACTERS) {
      expect(GSM7_BASIC_CHARACTERS.has(character)).toBe(false);
    }
  });

  it('uses the Greek capitals, not look-alike symbols', () => {
    expect(GSM7_BASIC_CHARACTERS.has('\u03A9')).toBe(true); // GREEK CAPITAL LETTER OMEGA
    expect(GSM7_BASIC_CHARACTERS.has('\u2126')).toBe(false); // OHM SIGN
    expect(GSM7_BASIC_CHARACTERS.has('\u0394')).toBe(true); // GREEK CAPITAL LETTER DELTA
    expect(GSM7_BASIC_CHARACTERS.has('\u2206')).toBe(false); // INCREMENT
  });
});
