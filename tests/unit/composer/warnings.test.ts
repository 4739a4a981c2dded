import { describe, expect, it } from 'vitest';
import { findWarnings, type WarningInputs } from '@/utils/composer/warnings';
import { makeRecord } from './make-record';

const NOW = 10_000_000;
const BASE: WarningInputs = {
  draftId: 'draft-0001',
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

  it('never warns about the draft’s own message, in flight or just sent (issue 13)', () => {
    const own = makeRecord({ id: 'draft-0001', createdAt: NOW - 1000, status: 'sending' });
    expect(findWarnings({ ...BASE, records: [own] })).toEqual([]);
    expect(findWarnings({ ...BASE, records: [{ ...own, status: 'queued' }] })).toEqual([]);
    expect(findWarnings({ ...BASE, records: [{ ...own, status: 'sent' }] })).toEqual([]);
    const earlier = { ...own, id: 'draft-0000', status: 'sent' as const };
    expect(findWarnings({ ...BASE, records: [own, earlier] })).toEqual([
      { kind: 'repeat', text: 'You sent this same text to this recipient 1 s ago.' },
    ]);
  });

  it('does not count the draft’s own message in flight against the pace limit', () => {
    const own = makeRecord({
      id: 'draft-0001',
      message: 'Hello',
      createdAt: NOW - 1000,
      updatedAt: NOW - 1000,
      sentAt: NOW - 1000,
    });
    expect(findWarnings({ ...BASE, records: [own], paceLimitPerMinute: 1 })).toEqual([]);
    expect(
      findWarnings({ ...BASE, draftId: 'draft-0002', records: [own], paceLimitPerMinute: 1 }).map(
        (warning) => warning.kind,
      ),
    ).toEqual(['pace', 'repeat']);
  });

  it('says an earlier unconfirmed message may have gone, not that it was sent', () => {
    const unsure = makeRecord({
      id: 'draft-0000',
      createdAt: NOW - 5000,
      status: 'failed',
      outcomeUnknown: true,
    });
    expect(findWarnings({ ...BASE, records: [unsure] })).toEqual([
      {
        kind: 'repeat',
        text: 'This same text to this recipient may have gone out 5 s ago (it was not confirmed).',
      },
    ]);
  });

  it('needs a valid recipient for recipient warnings', () => {
    const earlier = makeRecord({ createdAt: NOW - 1000 });
    expect(findWarnings({ ...BASE, recipient: undefined, records: [earlier] })).toEqual([]);
  });
});
