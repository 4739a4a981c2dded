import type { MessageRecord } from '@/utils/outbox/message-record';
import { recordDigits } from '@/utils/outbox/same-recipient';
import type { StoredReply } from './reply-store';

/** One line of a conversation: a message this user sent, or a reply. */
export type ThreadItem =
  | { kind: 'sent'; id: string; at: number; text: string; record: MessageRecord }
  | { kind: 'reply'; id: string; at: number; text: string; read: boolean };

/**
 * The conversation with one number (international digits, no "+"): the messages sent from this
 * extension, with their record (and so their delivery status), and the replies, oldest first.
 * A cancelled message never went out, so it is not part of the conversation.
 */
export function mergeThread(
  records: readonly MessageRecord[],
  replies: readonly StoredReply[],
  digits: string,
): ThreadItem[] {
  const sent: ThreadItem[] = records
    .filter((record) => record.status !== 'cancelled' && recordDigits(record) === digits)
    .map((record) => ({
      kind: 'sent',
      id: record.id,
      at: record.sentAt ?? record.createdAt,
      text: record.message,
      record,
    }));
  const received: ThreadItem[] = replies
    .filter((reply) => reply.from === digits)
    .map((reply) => ({
      kind: 'reply',
      id: reply.id,
      at: Date.parse(reply.receivedAt),
      text: reply.text,
      read: reply.read,
    }));
  // Stable on equal times: a sent message before the reply it got in the same millisecond.
  return [...sent, ...received].sort((a, b) => a.at - b.at);
}

/** One line per number for the History tab, newest conversation first. */
export type ConversationSummary = {
  digits: string;
  last: ThreadItem;
  unread: number;
};

export function summarizeConversations(
  records: readonly MessageRecord[],
  replies: readonly StoredReply[],
): ConversationSummary[] {
  const numbers = new Set([
    ...records.flatMap((record) => recordDigits(record) ?? []),
    ...replies.map((reply) => reply.from),
  ]);
  return [...numbers]
    .flatMap((digits) => {
      const thread = mergeThread(records, replies, digits);
      const last = thread.at(-1);
      if (!last) return [];
      const unread = thread.filter((item) => item.kind === 'reply' && !item.read).length;
      return [{ digits, last, unread }];
    })
    .sort((a, b) => b.last.at - a.last.at);
}
