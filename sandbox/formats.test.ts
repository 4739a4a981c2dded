import { describe, expect, it } from 'vitest';
import { formatMessageId } from './message-id.ts';
import { formatDollars, parseDollars, toDollarNumber } from './money.ts';
import { START } from './sandbox-fixture.ts';

describe('money formats', () => {
  it('rounds down to the cent and keeps two decimals', () => {
    expect(formatDollars(0)).toBe('0.00');
    expect(formatDollars(20_000)).toBe('0.02');
    expect(formatDollars(9_989_999)).toBe('9.98');
    expect(formatDollars(10_000_000)).toBe('10.00');
    expect(formatDollars(9_999)).toBe('0.00');
  });

  it('gives the balance as a number of dollars', () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the balance from engageSPARK's docs, not pi.
    expect(toDollarNumber(3_141_592)).toBe(3.141592);
  });

  it('parses CLI dollars exactly', () => {
    expect(parseDollars('10')).toBe(10_000_000);
    expect(parseDollars('0.05')).toBe(50_000);
    expect(parseDollars('0.000001')).toBe(1);
    expect(parseDollars('1.0000001')).toBeNull();
    expect(parseDollars('-1')).toBeNull();
    expect(parseDollars('ten')).toBeNull();
  });
});

describe('formatMessageId', () => {
  it('looks like the documented ids', () => {
    expect(formatMessageId(START, 123, 123)).toBe('SMS20190723T154425-123-0123');
    expect(formatMessageId(START, 1234, 10_001)).toBe('SMS20190723T154425-1234-0001');
  });
});
