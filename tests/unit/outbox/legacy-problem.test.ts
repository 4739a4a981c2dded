import { describe, expect, it } from 'vitest';
import { describeFailure } from '@/utils/failure/describe-failure';
import type { Failure } from '@/utils/failure/failure';
import { failureFromLegacyProblem } from '@/utils/outbox/legacy-problem';
import { readRecords } from '@/utils/outbox/read-records';

/** A `messages` entry as the version before failure codes wrote it: the words, not the code. */
const BEFORE = [
  {
    id: 'draft-0001',
    clientRef: 'click-to-sms:draft-0001',
    createdAt: 1_000,
    updatedAt: 2_000,
    recipient: { to: '639171234567' },
    endpoint: 'phonenumber',
    from: '',
    message: 'Hello',
    status: 'failed',
    attempts: 1,
    problem: {
      kind: 'funds',
      title: 'Not enough funds in your engageSPARK organization',
      detail: 'Top up in engageSPARK, then send again.',
    },
    outcomeUnknown: false,
  },
  {
    id: 'draft-0002',
    clientRef: 'click-to-sms:draft-0002',
    createdAt: 3_000,
    updatedAt: 4_000,
    recipient: { contactId: 987654 },
    endpoint: 'contact',
    from: 'ACME',
    message: 'Hi',
    status: 'failed',
    attempts: 1,
    problem: {
      kind: 'invalid',
      title: 'engageSPARK refused the message',
      detail: 'contact not found',
    },
    outcomeUnknown: false,
  },
  {
    id: 'draft-0003',
    clientRef: 'click-to-sms:draft-0003',
    createdAt: 5_000,
    updatedAt: 6_000,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'Again',
    status: 'queued',
    attempts: 1,
    nextAttemptAt: 11_000,
    problem: {
      kind: 'server',
      title: 'engageSPARK had a problem (error 502)',
      detail:
        'It is not known whether the message went out: check the message log in engageSPARK before sending it again.',
    },
    outcomeUnknown: true,
  },
  {
    id: 'draft-0004',
    clientRef: 'click-to-sms:draft-0004',
    createdAt: 7_000,
    updatedAt: 7_000,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'Held',
    status: 'held',
    attempts: 0,
    heldUntil: 60_000,
    problem: {
      kind: 'pace',
      title: 'Held to protect delivery',
      detail:
        'Carriers drop more than 3 SMS per number per minute, so this one waits and goes out by itself.',
    },
  },
  {
    id: 'draft-0005',
    clientRef: 'click-to-sms:draft-0005',
    createdAt: 8_000,
    updatedAt: 8_000,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'Not set up',
    status: 'failed',
    attempts: 0,
    problem: {
      kind: 'settings',
      title: 'Not set up yet',
      detail: 'Add your API key and your organization ID in Settings.',
    },
    outcomeUnknown: false,
  },
  {
    id: 'draft-0006',
    clientRef: 'click-to-sms:draft-0006',
    createdAt: 9_000,
    updatedAt: 9_000,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'Odd',
    status: 'failed',
    attempts: 1,
    problem: { kind: 'a-kind-never-written', title: 'Something', detail: '' },
    outcomeUnknown: false,
  },
];

/** The same entry as this version reads it: codes and their data, the words gone. */
const AFTER_FAILURES: (Failure | undefined)[] = [
  { kind: 'funds' },
  { kind: 'invalid', origin: 'server', serverError: 'contact not found' },
  { kind: 'server', status: 502 },
  { kind: 'pace', limitPerMinute: 3 },
  { kind: 'settings-missing', missing: ['api-key', 'org-id'] },
  undefined,
];

describe('records written with problem words are read into failure codes', () => {
  it('keeps every entry, the rest of each record unchanged', () => {
    const after = readRecords(BEFORE);
    expect(after).toHaveLength(BEFORE.length);
    after.forEach((record, index) => {
      const { problem: _words, ...rest } = BEFORE[index] as (typeof BEFORE)[number];
      expect(record).toEqual({
        ...rest,
        ...(AFTER_FAILURES[index] && { failure: AFTER_FAILURES[index] }),
      });
      expect(record).not.toHaveProperty('problem');
    });
  });

  it('says what it said before', () => {
    for (const [index, record] of readRecords(BEFORE).entries()) {
      const { problem } = BEFORE[index] as (typeof BEFORE)[number];
      if (!record.failure) continue;
      expect(describeFailure(record.failure)).toEqual({
        title: problem.title,
        line: problem.detail,
      });
    }
  });

  it('reads a record already in the new shape as it is', () => {
    const [once] = readRecords(BEFORE);
    expect(readRecords([once])).toEqual([once]);
  });
});

/** Every code the old version could write, with the data that changed its words. */
const ROUND_TRIP: Failure[] = [
  { kind: 'invalid', origin: 'local', problems: ['phone-number'] },
  { kind: 'invalid', origin: 'local', problems: ['api-url', 'org-id'] },
  { kind: 'invalid', origin: 'local', problems: ['message', 'client-dedup', 'client-ref'] },
  { kind: 'invalid', origin: 'server', serverError: 'Bad number' },
  { kind: 'invalid', origin: 'server', serverError: '' },
  { kind: 'auth' },
  { kind: 'funds' },
  { kind: 'server', status: 503 },
  { kind: 'rate-limited' },
  { kind: 'rate-limited', retryAfterMs: 30_000 },
  { kind: 'rate-limited', retryAfterMs: 300_000 },
  { kind: 'timeout' },
  { kind: 'network', detail: '' },
  { kind: 'malformed', status: 200, detail: '' },
  { kind: 'malformed', status: 400, detail: '' },
  ...[0, 404, 408, 413, 418].map((status) => ({ kind: 'unexpected-status' as const, status })),
  { kind: 'settings-missing', missing: ['org-id'] },
  { kind: 'api-url-refused', reason: 'not-allowed' },
  { kind: 'api-url-refused', reason: 'no-access' },
  { kind: 'pace', limitPerMinute: 10 },
];

function legacyKind(failure: Failure): string {
  return failure.kind === 'settings-missing' || failure.kind === 'api-url-refused'
    ? 'settings'
    : failure.kind;
}

describe('failureFromLegacyProblem', () => {
  it.each(ROUND_TRIP.map((failure) => [JSON.stringify(failure), failure] as const))(
    'the words of %s read back into the same words',
    (_name, failure) => {
      const { title, line } = describeFailure(failure);
      const read = failureFromLegacyProblem({ kind: legacyKind(failure), title, detail: line });
      expect(read && describeFailure(read)).toEqual({ title, line });
    },
  );
});
