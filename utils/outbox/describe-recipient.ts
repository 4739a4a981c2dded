import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import type { MessageRecord } from './message-record';

/**
 * Who a message went to, rebuilt from digits (never from text a page supplied): the history,
 * the composer's result and the notifications all name a recipient this way. `inSentence`
 * writes "contact 7" for the middle of a sentence, "Contact 7" otherwise.
 */
export function describeRecipient(
  record: MessageRecord,
  { inSentence = false, formatDigits = formatDigitsForDisplay } = {},
): string {
  if ('to' in record.recipient) return formatDigits(record.recipient.to);
  const contact = `${inSentence ? 'contact' : 'Contact'} ${record.recipient.contactId}`;
  return record.sentTo ? `${contact} (${formatDigits(record.sentTo)})` : contact;
}
