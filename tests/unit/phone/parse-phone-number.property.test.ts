import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { normalizePhoneText } from '@/utils/phone/normalize-phone-text';
import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import type { PhoneParseResult } from '@/utils/phone/phone-parse-result';
import { country, ending, exampleMobile, label, phoneLike, sprinkled } from './arbitraries';

const RUNS = { numRuns: 300 };

// A parse takes about a millisecond; generous limits keep a busy machine from failing a run.
const TIMEOUT_MS = 60_000;

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  phoneLike,
);

/** Text where an escape can hide behind a character that normalizes to ASCII ("%２0", "%2\u200bB"). */
const escapeLike = fc.string({
  unit: fc.constantFrom(...'0123456789+% Bb', '２', '٢', '０', '\u200b', '\u202e'),
  maxLength: 30,
});

const REASONS = new Set([
  'empty',
  'too-short',
  'too-long',
  'not-a-number',
  'invalid-country-code',
  'invalid',
  'several-numbers',
]);

function expectWellFormed(result: PhoneParseResult): void {
  if (result.ok) {
    expect(result.e164).toMatch(/^\+\d{7,15}$/);
    expect(result.digits).toBe(result.e164.slice(1));
    expect(result.display).toBe(formatDigitsForDisplay(result.digits));
    expect(result.display.replace(/\D/g, '')).toBe(result.digits);
    expect(result.countryName.length).toBeGreaterThan(0);
    return;
  }
  expect(REASONS.has(result.reason)).toBe(true);
  expect(result.message.length).toBeGreaterThan(0);
  if (result.reason === 'several-numbers') {
    expect(result.numbers.length).toBeGreaterThan(1);
    for (const number of result.numbers) expect(number).toMatch(/^\+\d{7,15}$/);
  }
}

/** What a parse would send: the number, the numbers to choose from, or nothing. */
function numberRead(result: PhoneParseResult): string | string[] | undefined {
  if (result.ok) return result.e164;
  return result.reason === 'several-numbers' ? result.numbers : undefined;
}

describe('parsePhoneNumber properties', () => {
  it(
    'never throws, and returns a well-formed number or a typed failure',
    () => {
      fc.assert(
        fc.property(anyText, country, (text, code) => {
          expectWellFormed(parsePhoneNumber(text, code));
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads its own E.164 output back to the same result, whatever the default country',
    () => {
      const input = fc.oneof(
        phoneLike,
        exampleMobile.chain((example) => sprinkled(example.national)),
        exampleMobile.chain((example) => sprinkled(example.e164.slice(1))),
      );
      fc.assert(
        fc.property(input, country, country, (text, first, second) => {
          const result = parsePhoneNumber(text, first);
          if (result.ok) expect(parsePhoneNumber(result.e164, second)).toEqual(result);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads every country’s example mobile number however it is written',
    () => {
      const written = exampleMobile.chain((example) =>
        fc.record({
          example: fc.constant(example),
          text: fc
            .constantFrom(example.national, example.international, example.e164)
            .chain(sprinkled),
          label,
          ending,
        }),
      );
      fc.assert(
        fc.property(written, ({ example, text, label: before, ending: after }) => {
          const result = parsePhoneNumber(before + text + after, example.country);
          expect(result).toMatchObject({ ok: true, e164: example.e164 });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads a country’s example number written internationally from any other country',
    () => {
      fc.assert(
        fc.property(exampleMobile, country, (example, elsewhere) => {
          const result = parsePhoneNumber(example.international, elsewhere);
          expect(result).toMatchObject({ ok: true, e164: example.e164 });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads normalized text as it reads the original: normalizing twice changes nothing',
    () => {
      fc.assert(
        fc.property(fc.oneof(phoneLike, escapeLike), country, (text, code) => {
          const once = normalizePhoneText(text);
          expect(normalizePhoneText(once)).toBe(once);
          expect(numberRead(parsePhoneNumber(once, code))).toEqual(
            numberRead(parsePhoneNumber(text, code)),
          );
        }),
        { numRuns: 1000 },
      );
      // Found by this property: the escape "%20" hidden behind a fullwidth "２" read as a
      // different, valid number than the same text normalized once more.
      expect(parsePhoneNumber('0917%２0123%２04567', 'PH')).toMatchObject({
        ok: true,
        e164: '+639171234567',
      });
    },
    TIMEOUT_MS,
  );

  it(
    'reads the number shown for it (its display) back to the same result',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            phoneLike,
            exampleMobile.map((example) => example.e164),
          ),
          country,
          country,
          (text, first, second) => {
            const result = parsePhoneNumber(text, first);
            if (result.ok) expect(parsePhoneNumber(result.display, second)).toEqual(result);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'takes linear time: the worst 200-character inputs parse quickly, a megabyte costs a length check',
    () => {
      const worst = fc.oneof(
        phoneLike.map((text) =>
          text.repeat(Math.ceil(200 / Math.max(1, text.length))).slice(0, 200),
        ),
        fc
          .constantFrom('1 ', '+1', '(0', '1-', '0', '+63 917 123 4567\n', '%2B', 'tel:1')
          .map((unit) => unit.repeat(200).slice(0, 200)),
      );
      // A parse takes about a millisecond and the slowest shapes about 30 ms; a quadratic or
      // backtracking parse of 200 characters would take far longer than this generous bound.
      fc.assert(
        fc.property(worst, country, (text, code) => {
          const started = performance.now();
          parsePhoneNumber(text, code);
          expect(performance.now() - started).toBeLessThan(1_000);
        }),
        { numRuns: 100 },
      );
      for (const unit of ['9', ' ', '+6', '٣\u200b']) {
        const megabyte = unit.repeat(1_000_000 / unit.length);
        const started = performance.now();
        expect(parsePhoneNumber(megabyte, 'PH').ok).toBe(false);
        expect(performance.now() - started).toBeLessThan(1_000);
      }
    },
    TIMEOUT_MS,
  );

  it(
    'refuses any input longer than 200 characters as not a number',
    () => {
      const longText = fc
        .tuple(phoneLike, fc.integer({ min: 201, max: 100_000 }))
        .map(([text, length]) => `${text}9`.repeat(Math.ceil(length / (text.length + 1))));
      fc.assert(
        fc.property(longText, country, (text, code) => {
          fc.pre(text.trim().length > 200);
          expect(parsePhoneNumber(text, code)).toMatchObject({ ok: false, reason: 'not-a-number' });
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT_MS,
  );
});
