import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments, MAX_PARTS } from '@/utils/sms/count-segments';
import { gsm7Septets, isGsm7Text } from '@/utils/sms/gsm7-alphabet';
import { appendix, gsmText, smsText } from './arbitraries';

const RUNS = { numRuns: 500 };

// Hundreds of runs take about a second; a busy machine must not fail them on time.
const TIMEOUT_MS = 60_000;

function septets(text: string): number {
  let total = 0;
  for (const codePoint of text) total += gsm7Septets(codePoint) ?? Number.NaN;
  return total;
}

describe('countSegments properties', () => {
  it(
    'never loses a part when a character is appended',
    () => {
      fc.assert(
        fc.property(smsText, appendix, (text, extra) => {
          expect(countSegments(text + extra).parts).toBeGreaterThanOrEqual(
            countSegments(text).parts,
          );
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never reports UCS-2 for GSM-7-only text',
    () => {
      fc.assert(
        fc.property(gsmText, (text) => {
          const count = countSegments(text);
          expect(count.encoding).toBe('GSM-7');
          expect(count.unicodeCulprits).toEqual([]);
          expect(count.units).toBe(septets(text));
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reports UCS-2, with culprits taken from the text, as soon as one character is not GSM-7',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          fc.pre(!isGsm7Text(text));
          const count = countSegments(text);
          expect(count.encoding).toBe('UCS-2');
          expect(count.units).toBe(text.length);
          expect(count.unicodeCulprits.length).toBeGreaterThan(0);
          expect(new Set(count.unicodeCulprits).size).toBe(count.unicodeCulprits.length);
          for (const culprit of count.unicodeCulprits) {
            expect(text.includes(culprit)).toBe(true);
            expect(isGsm7Text(culprit)).toBe(false);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps parts, units and remaining room consistent',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const { parts, perPart, units, remainingInPart, tooLong } = countSegments(text);
          expect(parts === 0).toBe(text === '');
          expect(units).toBeLessThanOrEqual(Math.max(parts, 1) * perPart);
          // Every part but the last is full, or one unit short when a pair moved on.
          if (parts >= 2) expect(units).toBeGreaterThan((parts - 1) * (perPart - 1));
          expect(remainingInPart).toBeGreaterThanOrEqual(0);
          expect(remainingInPart).toBeLessThanOrEqual(perPart);
          expect(tooLong).toBe(parts > MAX_PARTS);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'equals plain division when nothing costs two units',
    () => {
      const single = fc.string({ unit: fc.constantFrom('a', 'ж', ' ', '1'), maxLength: 1200 });
      fc.assert(
        fc.property(single, (text) => {
          const { units, parts, perPart } = countSegments(text);
          expect(parts).toBe(Math.ceil(units / perPart));
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'counts no more characters than UTF-16 units, and at least one for non-empty text',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const { characters } = countSegments(text);
          expect(characters).toBeLessThanOrEqual(text.length);
          expect(characters > 0).toBe(text.length > 0);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
