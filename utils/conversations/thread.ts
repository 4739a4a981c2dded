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
 * Every message written to this number is there with its status, a failed or cancelled one too:
 * the History tab shows conversations only, and nothing in the history may go missing.
 */
export function mergeThread(
  records: readonly MessageRecord[],
  replies: readonly StoredReply[],
  digits: string,
): ThreadItem[] {
  const sent = sentItems(records.filter((record) => recordDigits(record) === digits));
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

/**
 * One line of the History tab: a number's conversation, or the messages to a contact ID whose
 * number is not known yet (nothing sent to it yet, so there can be no reply either).
 */
export type ConversationSummary = {
  /** The number's digits, or `contact:<id>`. */
  key: string;
  digits: string | undefined;
  /** The conversation, oldest first. */
  thread: ThreadItem[];
  last: ThreadItem;
  /** The newest message sent in it, whose status and actions the line shows. */
  lastRecord: MessageRecord | undefined;
  unread: number;
};

/** One line per conversation, the one with the newest message first. */
export function summarizeConversations(
  records: readonly MessageRecord[],
  replies: readonly StoredReply[],
): ConversationSummary[] {
  const numbers = new Set([
    ...records.flatMap((record) => recordDigits(record) ?? []),
    ...replies.map((reply) => reply.from),
  ]);
  const byNumber = [...numbers].map((digits) =>
    summarize(digits, digits, mergeThread(records, replies, digits)),
  );
  const byContactId = records
    .filter((record) => recordDigits(record) === undefined)
    .reduce((groups, record) => {
      const key = `contact:${'contactId' in record.recipient ? record.recipient.contactId : ''}`;
      groups.set(key, [...(groups.get(key) ?? []), record]);
      return groups;
    }, new Map<string, MessageRecord[]>());
  const contactLines = [...byContactId].map(([key, group]) =>
    summarize(key, undefined, sentItems(group)),
  );
  return [...byNumber, ...contactLines]
    .filter((line): line is ConversationSummary => line !== undefined)
    .sort((a, b) => b.last.at - a.last.at);
}

function sentItems(records: readonly MessageRecord[]): ThreadItem[] {
  return records
    .map(
      (record): ThreadItem => ({
        kind: 'sent',
        id: record.id,
        at: record.sentAt ?? record.createdAt,
        text: record.message,
        record,
      }),
    )
    .sort((a, b) => a.at - b.at);
}

function summarize(
  key: string,
  digits: string | undefined,
  thread: ThreadItem[],
): ConversationSummary | undefined {
  const last = thread.at(-1);
  if (!last) return undefined;
  const sent = thread.filter((item) => item.kind === 'sent');
  return {
    key,
    digits,
    thread,
    last,
    lastRecord: sent.at(-1)?.record,
    unread: thread.filter((item) => item.kind === 'reply' && !item.read).length,
  };
}
