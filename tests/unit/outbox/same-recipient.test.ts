import { describe, expect, it } from 'vitest';
import { findWarnings } from '@/utils/composer/warnings';
import type { MessageRecord, Recipient } from '@/utils/outbox/message-record';
import { decidePace } from '@/utils/outbox/pace-guard';
import { isSameRecipient } from '@/utils/outbox/same-recipient';
import { makeRecord } from '../composer/make-record';

const NOW = 10_000_000;
const JUST_SENT = { status: 'sent', createdAt: NOW - 1_000, sentAt: NOW - 1_000 } as const;

/** Earlier messages and who is addressed now: same person or not, by every way of naming them. */
const CASES: [string, Partial<MessageRecord>, Recipient, boolean][] = [
  ['the same number', { recipient: { to: '639171234567' } }, { to: '639171234567' }, true],
  ['another number', { recipient: { to: '639171234567' } }, { to: '639179999999' }, false],
  ['the same contact', { recipient: { contactId: 42 } }, { contactId: 42 }, true],
  ['another contact', { recipient: { contactId: 42 } }, { contactId: 43 }, false],
  [
    'a contact whose number engageSPARK reported',
    { recipient: { contactId: 42 }, sentTo: '639171234567' },
    { to: '639171234567' },
    true,
  ],
  [
    'a number engageSPARK filed under a contact',
    { recipient: { to: '639171234567' }, contactId: 42 },
    { contactId: 42 },
    true,
  ],
  [
    'a number filed under another contact',
    { recipient: { to: '639171234567' }, contactId: 42 },
    { contactId: 7 },
    false,
  ],
];

describe('one "same recipient" for the pace guard and the composer', () => {
  it.each(CASES)('%s', (_name, earlier, recipient, same) => {
    const record = makeRecord({ ...JUST_SENT, ...earlier, id: 'earlier-1' });
    expect(isSameRecipient(record, recipient)).toBe(same);
    // The pace guard holds the next message to the same person (a limit of one per minute)…
    expect(decidePace([record], recipient, NOW, 1).allowed).toBe(!same);
    // …and the composer warns about it, before and as a repeat.
    const kinds = findWarnings({
      draftId: 'draft-0001',
      recipient,
      message: record.message,
      records: [record],
      now: NOW,
      paceLimitPerMinute: 1,
      balance: undefined,
      estimate: { known: false },
    }).map((warning) => warning.kind);
    expect(kinds.includes('pace')).toBe(same);
    expect(kinds.includes('repeat')).toBe(same);
  });
});
