import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  parseReplyNotificationId,
  replyNotificationId,
  replyNotificationText,
} from '@/utils/conversations/reply-notification';
import { createReplyService, REPLY_ALARM } from '@/utils/conversations/reply-service';
import { repliesItem, type StoredReply } from '@/utils/conversations/reply-store';
import { createMessageStore } from '@/utils/outbox/message-store';

const MARIA = '639171234567';
const JUAN = '639181112222';

function reply(id: string, from: string, read = false): StoredReply {
  return { id, from, text: 'hi', receivedAt: new Date().toISOString(), read };
}

beforeEach(() => fakeBrowser.reset());

describe('the reply service', () => {
  it('restores the badge from the stored replies at worker start, and sets its alarm', async () => {
    await repliesItem.save([reply('a', MARIA), reply('b', JUAN), reply('c', JUAN, true)]);
    const service = createReplyService({ messageStore: createMessageStore() });
    await service.start();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.alarms.get(REPLY_ALARM)).toBeDefined();
  });

  it('lowers the badge when a conversation is opened, and clears its notifications', async () => {
    await repliesItem.save([reply('a', MARIA), reply('b', JUAN)]);
    await fakeBrowser.notifications.create(replyNotificationId(MARIA, 'a'), {
      type: 'basic',
      iconUrl: 'x.png',
      title: 't',
      message: 'm',
    });
    const service = createReplyService({ messageStore: createMessageStore() });
    expect(await service.markRead(MARIA)).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await service.markRead(JUAN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('a reply notification', () => {
  it('says who wrote and the start of the text, on one line', () => {
    const text = `Yes,\n\nMonday ${'works '.repeat(60)}`;
    const shown = replyNotificationText(
      { id: 'a', from: MARIA, text, receivedAt: '2026-01-01T00:00:00.000Z' },
      'Maria Santos',
    );
    expect(shown.title).toBe('Reply from Maria Santos');
    expect(shown.message.startsWith('Yes, Monday works')).toBe(true);
    expect(shown.message.length).toBeLessThanOrEqual(120);
    expect(shown.message.endsWith('…')).toBe(true);
  });

  it('carries its conversation in its id, and nothing else passes for one', () => {
    expect(parseReplyNotificationId(replyNotificationId(MARIA, 'SMS-1:2'))).toBe(MARIA);
    expect(parseReplyNotificationId('sms:history:abc')).toBeUndefined();
    expect(parseReplyNotificationId('reply:javascript:alert(1)')).toBeUndefined();
  });
});
