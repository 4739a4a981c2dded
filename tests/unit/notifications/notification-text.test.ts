import { describe, expect, it } from 'vitest';
import { notificationText } from '@/utils/notifications/notification-text';
import type { MessageRecord } from '@/utils/outbox/message-record';

const display = (digits: string) => (digits === '639171234567' ? '+63 917 123 4567' : `+${digits}`);

const base: MessageRecord = {
  id: 'draft-1',
  clientRef: 'r',
  createdAt: 1,
  updatedAt: 1,
  recipient: { to: '639171234567' },
  endpoint: 'contact',
  from: '',
  message: 'Hi',
  status: 'sent',
  attempts: 1,
};

describe('notificationText', () => {
  it('says where it went, how many parts and what it cost', () => {
    expect(
      notificationText({ ...base, parts: 1, estimateMicro: 20_000, estimate: '0.02' }, display),
    ).toEqual({
      title: 'SMS sent',
      message: 'SMS sent to +63 917 123 4567 · 1 part · $0.02',
    });
    // estimateMicro is the price of one part; estimate is the whole message.
    expect(
      notificationText({ ...base, parts: 3, estimateMicro: 20_000, estimate: '0.06' }, display)
        .message,
    ).toBe('SMS sent to +63 917 123 4567 · 3 parts · $0.06');
    expect(notificationText({ ...base, parts: 2, estimateMicro: 14_000 }, display).message).toBe(
      'SMS sent to +63 917 123 4567 · 2 parts · $0.0280',
    );
  });

  it('says a refused message was not sent, with the reason in plain words', () => {
    const failed = {
      ...base,
      status: 'failed' as const,
      outcomeUnknown: false,
      failure: { kind: 'funds' as const },
    };
    expect(notificationText(failed, display)).toEqual({
      title: 'SMS not sent to +63 917 123 4567',
      message:
        'Not enough funds in your engageSPARK organization — Top up in engageSPARK, then send again.',
    });
  });

  it('does not claim "not sent" when the outcome is unknown', () => {
    const unknown = {
      ...base,
      status: 'failed' as const,
      outcomeUnknown: true,
      failure: { kind: 'network' as const, detail: '' },
    };
    expect(notificationText(unknown, display).title).toBe(
      'SMS to +63 917 123 4567 may not have been sent',
    );
  });

  it('names a contact by id and by the number engageSPARK reported', () => {
    expect(
      notificationText(
        { ...base, recipient: { contactId: 7 }, sentTo: '639171234567', parts: 1 },
        display,
      ).message,
    ).toBe('SMS sent to contact 7 (+63 917 123 4567) · 1 part');
  });
});
