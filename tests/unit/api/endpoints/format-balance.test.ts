import { describe, expect, it } from 'vitest';
import { formatBalance } from '@/utils/api/endpoints/balance.ts';

describe('formatBalance', () => {
  it.each([
    [3_141_592, '3.14', '$3.14'],
    [9_980_000, '$9.98', '$9.98'],
    [-1_500_000, '-1.50', '-$1.50'],
    [9_989_999, undefined, '$9.98'],
    [-1_505_000, null, '-$1.50'],
    [0, '', '$0.00'],
    [5_000_000, '€5.00', '€5.00'],
  ])('%i micro with balanceHuman %j → %s', (micro, human, shown) => {
    expect(formatBalance(micro, human)).toBe(shown);
  });
});
