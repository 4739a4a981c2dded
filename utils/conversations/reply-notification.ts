import { browser } from 'wxt/browser';
import type { InboundReply } from './reply-store';

/** The start of the text a notification shows; the whole reply is in the composer. */
export const NOTIFICATION_TEXT_CHARS = 120;
/** More new replies than this in one round make one summary, not a pile of notifications. */
const MAX_SEPARATE = 3;
const ID_PREFIX = 'reply:';

/** "Reply from Maria Santos" and the start of the text; `name` is the contact's or the number. */
export function replyNotificationText(
  reply: InboundReply,
  name: string,
): { title: string; message: string } {
  const text = reply.text.replace(/\s+/g, ' ').trim();
  const message =
    text.length > NOTIFICATION_TEXT_CHARS ? `${text.slice(0, NOTIFICATION_TEXT_CHARS - 1)}…` : text;
  return { title: `Reply from ${name}`, message: message || '(empty message)' };
}

/** A reply notification's id carries the number whose conversation its click opens. */
export function replyNotificationId(from: string, replyId: string): string {
  return `${ID_PREFIX}${from}:${replyId}`;
}

/** The number of a reply notification's conversation, or undefined for any other id. */
export function parseReplyNotificationId(id: string): string | undefined {
  if (!id.startsWith(ID_PREFIX)) return undefined;
  const from = id.slice(ID_PREFIX.length).split(':')[0] ?? '';
  return /^\d{7,15}$/.test(from) ? from : undefined;
}

/** One notification per new reply (the newest few), each opening its conversation. */
export async function showReplyNotifications(
  replies: readonly InboundReply[],
  nameOf: (from: string) => Promise<string>,
): Promise<void> {
  const newest = replies.slice(-MAX_SEPARATE);
  for (const reply of newest) {
    const { title, message } = replyNotificationText(reply, await nameOf(reply.from));
    await browser.notifications.create(replyNotificationId(reply.from, reply.id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  }
}
