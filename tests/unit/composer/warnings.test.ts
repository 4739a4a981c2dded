import { describe, expect, it } from 'vitest';
import { findWarnings, type WarningInputs } from '@/utils/composer/warnings';
import { makeRecord } from './make-record';

const NOW = 10_000_000;
const BASE: WarningInputs = {
  recipient: { to: '639171234567' },
  message: 'Hello',
  records: [],
  now: NOW,
  paceLimitPerMinute: 5,
  balance: undefined,
  estimate: { known: false },
};

describe('findWarnings', () => {
  it('has nothing to say about a first message', () => {
    expect(findWarnings(BASE)).toEqual([]);
  });

  it('warns when the cached balance is lower than the estimate', () => {
    const warnings = findWarnings({
      ...BASE,
      balance: { balanceMicro: 10_000, display: '$0.01', at: 1 },
      estimate: { known: true, micro: 20_000, perPartMicro: 20_000, display: '$0.02' },
    });
    expect(warnings).toEqual([
      {
        kind: 'balance',
        text: expect.stringContaining(
          'Your balance ($0.01) is lower than the estimated cost ($0.02)',
        ),
      },
    ]);
    expect(
      findWarnings({ ...BASE, balance: { balanceMicro: 10_000, display: '$0.01', at: 1 } }),
    ).toEqual([]);
  });

  it('warns when the pace guard would hold the message, with how long', () => {
    const recent = Array.from({ length: 2 }, (_, i) =>
      makeRecord({
        id: `pace-000${i}`,
        message: `m${i}`,
        createdAt: NOW - 30_000,
        updatedAt: NOW - 30_000,
        sentAt: NOW - 30_000 + i,
      }),
    );
    const warnings = findWarnings({ ...BASE, records: recent, paceLimitPerMinute: 2 });
    expect(warnings).toEqual([{ kind: 'pace', text: expect.stringContaining('wait about 30 s') }]);
    expect(findWarnings({ ...BASE, records: recent, paceLimitPerMinute: 3 })).toEqual([]);
  });

  it('warns about the same text to the same recipient within a minute', () => {
    const earlier = makeRecord({
      createdAt: NOW - 20_000,
      message: 'Hello',
      recipient: { contactId: 9 },
      sentTo: '639171234567',
    });
    expect(findWarnings({ ...BASE, records: [earlier] })).toEqual([
      { kind: 'repeat', text: 'You sent this same text to this recipient 20 s ago.' },
    ]);
    expect(findWarnings({ ...BASE, records: [{ ...earlier, createdAt: NOW - 61_000 }] })).toEqual(
      [],
    );
    expect(findWarnings({ ...BASE, message: 'Other', records: [earlier] })).toEqual([]);
    expect(findWarnings({ ...BASE, records: [{ ...earlier, status: 'cancelled' }] })).toEqual([]);
    expect(findWarnings({ ...BASE, records: [{ ...earlier, status: 'failed' }] })).toEqual([]);
    expect(
      findWarnings({ ...BASE, records: [{ ...earlier, status: 'failed', outcomeUnknown: true }] }),
    ).toHaveLength(1);
  });

  it('needs a valid recipient for recipient warnings', () => {
    const earlier = makeRecord({ createdAt: NOW - 1000 });
    expect(findWarnings({ ...BASE, recipient: undefined, records: [earlier] })).toEqual([]);
  });
});
