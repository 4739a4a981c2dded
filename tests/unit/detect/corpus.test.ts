import { describe, expect, it } from 'vitest';
import numbers from './corpus/phone-numbers.json';
import traps from './corpus/traps.json';
import { digitsIn } from './detect-helpers';

describe('the corpus of real numbers', () => {
  it.each(numbers.map((entry) => [entry.text, entry.country, entry.expect] as const))(
    'finds %s (default country %s)',
    (text, country, expected) => {
      expect(digitsIn(text, country)).toEqual(expected);
    },
  );

  it('covers many countries', () => {
    const countries = new Set(
      numbers.flatMap((entry) => entry.expect.map((digits) => digits.slice(0, 2))),
    );
    expect(countries.size).toBeGreaterThanOrEqual(40);
  });
});

describe('the corpus of traps', () => {
  it.each(
    traps.map((entry) => [entry.kind, entry.text, entry.country, entry.label ?? ''] as const),
  )('ignores a %s: %s (label "%s")', (_kind, text, country, label) => {
    expect(digitsIn(text, country, label || undefined)).toEqual([]);
  });

  it.each(
    traps.filter((entry) => entry.label).map((entry) => [entry.text, entry.country] as const),
  )('reads %s as a number without its label: the label alone decides', (text, country) => {
    expect(digitsIn(text, country)).not.toEqual([]);
  });
});
