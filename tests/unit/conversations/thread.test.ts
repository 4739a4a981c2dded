import { describe, expect, it } from 'vitest';
import type { StoredReply } from '@/utils/conversations/reply-store';
import { mergeThread, summarizeConversations } from '@/utils/conversations/thread';
import type { MessageRecord } from '@/utils/outbox/message-record';

const MARIA = '639171234567';
const JUAN = '639181112222';
const T = Date.parse('2026-03-10T12:00:00Z');

function record(id: string, at: number, patch: Partial<MessageRecord> = {}): MessageRecord {
  return {
    id,
    clientRef: id,
    createdAt: at,
    updatedAt: at,
    recipient: { to: MARIA },
    endpoint: 'contact',
    from: '',
    message: `sent ${id}`,
    status: 'sent',
    attempts: 1,
    sentAt: at,
    delivery: 'delivered',
    ...patch,
  };
}

function reply(id: string, at: number, from = MARIA, read = false): StoredReply {
  return { id, from, text: `reply ${id}`, receivedAt: new Date(at).toISOString(), read };
}

describe('mergeThread', () => {
  it('puts sent messages and replies of one number in time order, oldest first', () => {
    const thread = mergeThread(
      [record('s2', T + 3000), record('s1', T)],
      [reply('r2', T + 4000), reply('r1', T + 1000)],
      MARIA,
    );
    expect(thread.map((item) => item.id)).toEqual(['s1', 'r1', 's2', 'r2']);
    expect(thread[0]).toMatchObject({ kind: 'sent', text: 'sent s1' });
    expect(thread[0]?.kind === 'sent' && thread[0].record.delivery).toBe('delivered');
    expect(thread[1]).toMatchObject({ kind: 'reply', text: 'reply r1', read: false });
  });

  it('leaves out other numbers, and keeps a cancelled message with its status', () => {
    const thread = mergeThread(
      [
        record('other', T, { recipient: { to: JUAN } }),
        record('cancelled', T, { status: 'cancelled' }),
        record('kept', T),
      ],
      [reply('juan', T, JUAN)],
      MARIA,
    );
    expect(thread.map((item) => item.id)).toEqual(['cancelled', 'kept']);
  });

  it('finds a message sent to a contact ID by the number engageSPARK sent it to', () => {
    const thread = mergeThread(
      [record('by-contact', T, { recipient: { contactId: 41 }, sentTo: MARIA })],
      [],
      MARIA,
    );
    expect(thread.map((item) => item.id)).toEqual(['by-contact']);
  });

  it('shows a message not yet sent at the time it was written', () => {
    const thread = mergeThread(
      [record('queued', T + 5000, { status: 'queued', sentAt: undefined })],
      [reply('r1', T)],
      MARIA,
    );
    expect(thread.map((item) => [item.id, item.at])).toEqual([
      ['r1', T],
      ['queued', T + 5000],
    ]);
  });
});

describe('summarizeConversations', () => {
  it('gives one line per number, newest first, with its last message and unread count', () => {
    const summaries = summarizeConversations(
      [record('m1', T), record('j1', T + 1000, { recipient: { to: JUAN } })],
      [reply('r1', T + 2000), reply('r0', T + 500, MARIA, true)],
    );
    expect(summaries.map((line) => [line.digits, line.last.id, line.unread])).toEqual([
      [MARIA, 'r1', 1],
      [JUAN, 'j1', 0],
    ]);
    expect(summaries[0]?.lastRecord?.id).toBe('m1');
  });

  it('keeps messages to a contact ID whose number is unknown on a line of their own', () => {
    const summaries = summarizeConversations(
      [
        record('c1', T, { recipient: { contactId: 41 }, status: 'queued', sentAt: undefined }),
        record('c2', T + 1000, {
          recipient: { contactId: 41 },
          status: 'failed',
          sentAt: undefined,
        }),
        record('m1', T + 500),
      ],
      [],
    );
    expect(summaries.map((line) => [line.key, line.last.id])).toEqual([
      ['contact:41', 'c2'],
      [MARIA, 'm1'],
    ]);
  });
});
