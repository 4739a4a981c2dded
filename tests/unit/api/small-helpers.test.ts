import { describe, expect, it } from 'vitest';
import { formatBalance } from '@/utils/api/format-balance.ts';
import { newClientDedup } from '@/utils/api/new-client-dedup.ts';
import { redactSecret } from '@/utils/api/redact-secret.ts';

describe('newClientDedup', () => {
  it('is a fresh UUID every time', () => {
    const values = new Set(Array.from({ length: 100 }, () => newClientDedup()));
    expect(values.size).toBe(100);
    for (const value of values) expect(value).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('redactSecret', () => {
  it('cuts the secret out of every string, however deep', () => {
    const value = { a: 'x SECRET y', b: ['SECRETSECRET'], c: { d: 'SECRET' }, n: 1, z: null };
    expect(redactSecret(value, 'SECRET')).toEqual({
      a: 'x [redacted] y',
      b: ['[redacted][redacted]'],
      c: { d: '[redacted]' },
      n: 1,
      z: null,
    });
  });

  it('leaves text alone for a secret too short to be a key', () => {
    expect(redactSecret({ a: 'abc' }, 'a')).toEqual({ a: 'abc' });
  });
});

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
