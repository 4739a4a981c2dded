import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';

// Property runs and megabyte inputs take a second or two; a busy machine must not fail them.
const TIMEOUT_MS = 60_000;

describe('formatDigitsForDisplay', () => {
  it.each([
    ['639171234567', '+63 917 123 4567'],
    ['63281234567', '+63 2 8123 4567'],
    ['14155550132', '+1 415 555 0132'],
    ['447400123456', '+44 7400 123456'],
    ['254712123456', '+254 712 123456'],
    ['80012345678', '+800 1234 5678'],
    ['+639171234567', '+63 917 123 4567'],
  ])('formats %s as %s', (digits, display) => {
    expect(formatDigitsForDisplay(digits)).toBe(display);
  });

  it.each([
    ['unknown calling code', '9991234567', '+9991234567'],
    ['too long for a national format', '6391712345678901234', '+63 91712345678901234'],
    [
      'a national 0 after the country code, which grouping would drop',
      '6309171234567',
      '+6309171234567',
    ],
    ['nothing', '', ''],
  ])('shows every digit as given: %s', (_label, digits, display) => {
    expect(formatDigitsForDisplay(digits)).toBe(display);
  });

  it(
    'never shows a digit that is not sent, nor hides one that is',
    () => {
      const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 });
      fc.assert(
        fc.property(digits, (value) => {
          expect(formatDigitsForDisplay(value).replace(/\D/g, '')).toBe(value);
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT_MS,
  );
});
