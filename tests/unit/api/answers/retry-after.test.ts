import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/utils/api/answers/retry-after.ts';

const NOW = Date.parse('2024-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['30', 30_000],
    [' 0 ', 0],
    ['120', 120_000],
    ['Mon, 01 Jan 2024 00:01:30 GMT', 90_000],
    ['Sun, 31 Dec 2023 23:59:00 GMT', 0],
  ])('%j → %i ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it.each([[null], [''], ['soon'], ['1.5'], ['-3'], ['Mon, 99 Foo 2024']])(
    '%j → undefined',
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBeUndefined();
    },
  );
});
