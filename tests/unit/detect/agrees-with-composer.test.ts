import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import numbers from './corpus/phone-numbers.json';
import { digitsIn } from './detect-helpers';

/**
 * A button on the page is a promise that the composer will take the number: both read numbers with
 * the same metadata, so every number the page marks is one the composer accepts, with the same
 * digits. Regression: with the content script on "min" metadata, "0712 345 678" on a Philippine
 * CRM got a button and the composer then called it invalid.
 */
describe('the page and the composer agree on numbers', () => {
  it.each(numbers.map((entry) => [entry.text, entry.country] as const))(
    '%s (default %s)',
    (text, country) => {
      for (const digits of digitsIn(text, country)) {
        const parsed = parsePhoneNumber(`+${digits}`, (country ?? 'PH') as CountryCode);
        expect(parsed.ok && parsed.digits).toBe(digits);
      }
    },
  );

  it('marks no number the composer would refuse', () => {
    expect(digitsIn('Mobile: 0712 345 678', 'PH')).toEqual([]);
  });
});
