import type { MessageRecord, Recipient } from './message-record';

/**
 * The same phone or contact, whichever way the earlier message addressed it: by the number or
 * contact it asked for, or by the ones engageSPARK reported sending to. The pace guard and the
 * composer's warnings both ask this.
 */
export function isSameRecipient(record: MessageRecord, recipient: Recipient): boolean {
  if ('to' in recipient) {
    return (
      ('to' in record.recipient && record.recipient.to === recipient.to) ||
      record.sentTo === recipient.to
    );
  }
  return (
    ('contactId' in record.recipient && record.recipient.contactId === recipient.contactId) ||
    record.contactId === recipient.contactId
  );
}

/** The international digits a record went, or goes, to; unknown for a contact not yet sent. */
export function recordDigits(record: MessageRecord): string | undefined {
  if (record.sentTo) return record.sentTo;
  return 'to' in record.recipient ? record.recipient.to : undefined;
}
