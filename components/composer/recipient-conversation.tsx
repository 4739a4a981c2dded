import { type ReactElement, useEffect, useMemo } from 'react';
import type { RecipientContact } from '@/utils/contacts/recipient-contact';
import type { StoredReply } from '@/utils/conversations/reply-store';
import { mergeThread } from '@/utils/conversations/thread';
import { sendMessage } from '@/utils/messaging/send-message';
import type { MessageRecord, Recipient } from '@/utils/outbox/message-record';
import { ContactLine } from './contact-line';
import { ConversationLog } from './conversation-log';

type RecipientConversationProps = {
  /** The valid recipient, or undefined while there is none. */
  recipient: Recipient | undefined;
  /** Who it is (the composer asks once, for this line and its warnings); undefined while unknown. */
  contact: RecipientContact | undefined;
  records: readonly MessageRecord[];
  replies: readonly StoredReply[];
  repliesFailed: boolean;
  now: number;
};

/** Under the recipient: who it is, and the conversation with that number so far. */
export function RecipientConversation(props: RecipientConversationProps): ReactElement | null {
  const { recipient, contact, records, replies, repliesFailed, now } = props;
  // A contact ID has a number once engageSPARK names it (or once a message to it was sent).
  const digits =
    recipient && 'to' in recipient
      ? recipient.to
      : contact?.kind === 'contact'
        ? contact.phone
        : undefined;
  const thread = useMemo(
    () => (digits ? mergeThread(records, replies, digits) : []),
    [digits, records, replies],
  );
  const hasUnread = thread.some((item) => item.kind === 'reply' && !item.read);
  useEffect(() => {
    // Shown is read: the background marks them and lowers the badge.
    if (digits && hasUnread) sendMessage('markConversationRead', { to: digits }).catch(() => {});
  }, [digits, hasUnread]);
  if (!recipient) return null;
  return (
    <div className="recipient-conversation">
      <ContactLine contact={contact} />
      <ConversationLog thread={thread} now={now} failed={repliesFailed} />
    </div>
  );
}
