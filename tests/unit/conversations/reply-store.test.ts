import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createReplyStore,
  MAX_REPLIES,
  MAX_REPLY_AGE_MS,
  repliesItem,
  type StoredReply,
  trimReplies,
} from '@/utils/conversations/reply-store';

const MARIA = '639171234567';
const NOW = Date.parse('2026-03-10T12:00:00Z');

function reply(id: string, at: number, from = MARIA): StoredReply {
  return { id, from, text: 'hi', receivedAt: new Date(at).toISOString(), read: false };
}

beforeEach(() => fakeBrowser.reset());

describe('the reply store', () => {
  it('adds each reply once and reports only the new ones, oldest first', async () => {
    const store = createReplyStore();
    const first = await store.add([reply('b', NOW - 1000), reply('a', NOW - 2000)], NOW);
    expect(first.map((item) => item.id)).toEqual(['a', 'b']);
    const again = await store.add([reply('a', NOW - 2000), reply('c', NOW)], NOW);
    expect(again.map((item) => item.id)).toEqual(['c']);
    expect((await repliesItem.load()).map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });

  it('marks one number read and says how many are left unread', async () => {
    const store = createReplyStore();
    await store.add([reply('a', NOW), reply('b', NOW, '639181112222')], NOW);
    expect(await store.markRead(MARIA)).toBe(1);
    const stored = await store.list();
    expect(stored.find((item) => item.id === 'a')?.read).toBe(true);
    expect(stored.find((item) => item.id === 'b')?.read).toBe(false);
  });

  it('keeps a damaged stored reply from costing the others', async () => {
    await repliesItem.area.setValue([reply('good', NOW), { id: 'x', from: '<b>' }, null]);
    expect((await repliesItem.load()).map((item) => item.id)).toEqual(['good']);
  });

  it('is capped by count and by age', () => {
    const many = Array.from({ length: MAX_REPLIES + 20 }, (_, i) => reply(`r${i}`, NOW - i));
    expect(trimReplies(many, NOW)).toHaveLength(MAX_REPLIES);
    const old = reply('old', NOW - MAX_REPLY_AGE_MS - 1);
    expect(trimReplies([old, reply('new', NOW)], NOW).map((item) => item.id)).toEqual(['new']);
  });

  it('lets a conversation go with the history', async () => {
    const store = createReplyStore();
    await store.add([reply('a', NOW), reply('b', NOW, '639181112222')], NOW);
    await store.prune(new Set(['639181112222']), NOW);
    expect((await store.list()).map((item) => item.id)).toEqual(['b']);
  });
});
