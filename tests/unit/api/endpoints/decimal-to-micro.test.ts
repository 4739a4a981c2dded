import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToMicro } from '@/utils/api/endpoints/balance.ts';

describe('decimalToMicro', () => {
  it.each([
    ['9.98', 9_980_000],
    ['0.0140', 14_000],
    ['10', 10_000_000],
    ['-1.50', -1_500_000],
    ['0.1234567', 123_456],
    ['1e-7', 0],
  ])('%s → %i', (decimal, micro) => {
    expect(decimalToMicro(decimal)).toBe(micro);
  });

  it('is exact for every amount written with six decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (micro) => {
        const sign = micro < 0 ? '-' : '';
        const abs = Math.abs(micro);
        const text = `${sign}${Math.floor(abs / 1e6)}.${String(abs % 1e6).padStart(6, '0')}`;
        expect(decimalToMicro(text)).toBe(micro === 0 ? 0 : micro);
      }),
    );
  });
});
