import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createPhoneFinder } from '@/utils/detect/find-phone-numbers';
import { createPhoneDetector } from '@/utils/detect/phone-detector';
import type { PhoneValidator } from '@/utils/detect/phone-validity';
import { countryCode, digitsIn, validate } from './detect-helpers';

const find = createPhoneFinder(validate);

describe('findPhoneNumbers', () => {
  it('reports where each number is and how to show it', () => {
    const text = 'Mobile: 0917 123 4567, office (02) 8123 4567';
    const matches = find(text, countryCode('PH'));
    expect(matches).toEqual([
      { digits: '639171234567', display: '+63 917 123 4567', start: 8, end: 21 },
      { digits: '63281234567', display: '+63 2 8123 4567', start: 30, end: 44 },
    ]);
  });

  it('reads national numbers with the default country and only "+" numbers without one', () => {
    expect(digitsIn('0917 123 4567', 'PH')).toEqual(['639171234567']);
    expect(digitsIn('(415) 555-0132', 'US')).toEqual(['14155550132']);
    const reader = createPhoneDetector(undefined);
    expect(
      reader.readText('0917 123 4567 or +1 415 555 0132').map((match) => match.digits),
    ).toEqual(['14155550132']);
    expect(createPhoneDetector('Philippines').readText('0917 123 4567')).toEqual([]);
  });

  it('does not parse what the trap rules already rejected', () => {
    let calls = 0;
    const counting: PhoneValidator = (candidate, country) => {
      calls++;
      return validate(candidate, country);
    };
    createPhoneFinder(counting)(
      '2024-01-15 Order #10023456 4111 1111 1111 1111 $1234567',
      countryCode('PH'),
    );
    expect(calls).toBe(0);
  });
});

describe('findPhoneNumbers with what the page knows', () => {
  it('reads digits of other scripts and reports positions in the page text', () => {
    const text = 'هاتف: +٩٧١ ٥٠ ١٢٣ ٤٥٦٧';
    const [match] = find(text, countryCode('PH'));
    expect(match?.digits).toBe('971501234567');
    expect(text.slice(match?.start, match?.end)).toBe('+٩٧١ ٥٠ ١٢٣ ٤٥٦٧');
  });

  it('never reads a number across a bidi override, which shows its digits in another order', () => {
    expect(find('+63 917 \u202e5000 001\u202c', countryCode('PH'))).toEqual([]);
    expect(find('+63 917\u202e1234567\u202c', countryCode('PH'))).toEqual([]);
    expect(find('+63\u200b917\u200c100\u200d0006\ufeff', countryCode('PH'))).toHaveLength(1);
  });

  it('asks for the label only for a number with no words before it, and once', () => {
    const label = vi.fn(() => 'Record ID');
    expect(find('Call 0917 123 4567', countryCode('PH'), { label })).toHaveLength(1);
    expect(label).not.toHaveBeenCalled();
    expect(find('0917 123 4567 / 0918 765 4321', countryCode('PH'), { label })).toEqual([]);
    expect(label).toHaveBeenCalledTimes(1);
    expect(find('0917 123 4567', countryCode('PH'), { label: () => 'Mobile' })).toHaveLength(1);
  });

  it('reads a number beside a word of another element', () => {
    const text = 'Phone(02) 8123 4567';
    expect(find(text, countryCode('PH'))).toEqual([]);
    expect(find(text, countryCode('PH'), { boundaries: [5] }).map((m) => m.digits)).toEqual([
      '63281234567',
    ]);
  });
});

describe('findPhoneNumbers, for any text', () => {
  const anyText = fc.string({
    unit: fc.constantFrom(...'0123456789 +-()./:,#$xabcXYZ\n\u00a0'),
    maxLength: 120,
  });

  it('never throws and gives ordered, in-bounds matches of 7 to 15 digits', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('PH', 'US', 'DE', 'GB', 'KE'), (text, country) => {
        const matches = find(text, countryCode(country));
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.digits).toMatch(/^\d{7,15}$/);
          expect(match.display.startsWith('+')).toBe(true);
          previousEnd = match.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in text without digits', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).map((text) => text.replace(/\d/g, '')),
        (text) => {
          expect(find(text, countryCode('PH'))).toEqual([]);
        },
      ),
    );
  });

  it('finds a number written in words around it, whatever the words', () => {
    // No vowels and no "g": the words cannot spell a label such as "id", "order" or "ref", nor
    // a currency such as "NGN".
    const word = fc.string({
      unit: fc.constantFrom(...'bhjkmnqwyz BHJKMNQ'),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(
        word,
        word,
        fc.constantFrom('0917 123 4567', '+63 917 123 4567', '09171234567'),
        (before, after, number) => {
          const text = `${before.trim()} ${number} ${after.trim()}`;
          expect(digitsIn(text, 'PH')).toEqual(['639171234567']);
        },
      ),
    );
  });
});
