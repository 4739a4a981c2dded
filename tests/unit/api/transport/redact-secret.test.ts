import { describe, expect, it } from 'vitest';
import { redactSecret } from '@/utils/api/transport/redact-secret.ts';

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
