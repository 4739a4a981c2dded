import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { decidePace, PACE_WINDOW_MS } from '@/utils/outbox/pace-guard';

const NOW = 1_700_000_000_000;

function record(
  id: string,
  status: MessageRecord['status'],
  at: number,
  to = '639171234567',
): MessageRecord {
  return {
    id,
    clientRef: id,
    createdAt: at,
    updatedAt: at,
    sentAt: status === 'sent' ? at : undefined,
    recipient: { to },
    endpoint: 'contact',
    from: '',
    message: 'x',
    status,
    attempts: 1,
  };
}

describe('decidePace', () => {
  it('allows up to the limit within a minute and holds the next until the oldest leaves the window', () => {
    const sent = [0, 10, 20, 30, 40].map((s, i) =>
      record(`m${i}`, 'sent', NOW - 50_000 + s * 1000),
    );
    expect(decidePace(sent.slice(0, 4), { to: '639171234567' }, NOW, 5)).toEqual({ allowed: true });
    expect(decidePace(sent, { to: '639171234567' }, NOW, 5)).toEqual({
      allowed: false,
      heldUntil: NOW - 50_000 + PACE_WINDOW_MS,
    });
  });

  it('counts in-flight and queued messages, but not failed, cancelled or held ones', () => {
    const records = [
      record('a', 'sending', NOW - 1000),
      record('b', 'queued', NOW - 1000),
      record('c', 'failed', NOW - 1000),
      record('d', 'cancelled', NOW - 1000),
      record('e', 'held', NOW - 1000),
    ];
    expect(decidePace(records, { to: '639171234567' }, NOW, 2)).toMatchObject({ allowed: false });
    expect(decidePace(records, { to: '639171234567' }, NOW, 3)).toEqual({ allowed: true });
  });

  it('counts per number, ignores messages older than a minute and the message being decided', () => {
    const records = [
      record('old', 'sent', NOW - PACE_WINDOW_MS),
      record('other', 'sent', NOW - 1, '14155550132'),
      record('self', 'queued', NOW),
    ];
    expect(decidePace(records, { to: '639171234567' }, NOW, 1, 'self')).toEqual({ allowed: true });
  });

  it('recognises a number reached through a contact id by the number engageSPARK answered', () => {
    const viaContact = {
      ...record('c1', 'sent', NOW - 1000),
      recipient: { contactId: 42 },
      sentTo: '639171234567',
    };
    expect(decidePace([viaContact], { to: '639171234567' }, NOW, 1)).toMatchObject({
      allowed: false,
    });
    expect(decidePace([viaContact], { contactId: 42 }, NOW, 1)).toMatchObject({ allowed: false });
  });
});
