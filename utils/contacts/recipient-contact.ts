import type { LookupFailure } from '@/utils/api/answers/read-lookup-answer';
import type { Contact, ContactLookup, ContactsLookup } from '@/utils/api/endpoints/contacts';
import { newestContactFor } from '@/utils/api/endpoints/contacts';
import type { Recipient } from '@/utils/outbox/message-record';
import type { RecipientMode } from '@/utils/settings/settings-schema';

/**
 * Who a send to this recipient reaches, as the composer tells it before the send. A code and its
 * data, never a sentence (contactLineText has the words).
 */
export type RecipientContact =
  /** The contact a send will use (for a number: the most recently created one with it). */
  | { kind: 'contact'; contactId: number; name: string; phone: string | undefined }
  /** No contact has this number: engageSPARK creates one on the first send. */
  | { kind: 'new-contact' }
  /** The phone-number endpoint sends without any contact. */
  | { kind: 'no-contact' }
  /** No contact has this ID in the organization. */
  | { kind: 'unknown-contact-id' }
  /** The lookup failed; `settings` when the fix is in Settings. Sending is not affected. */
  | { kind: 'failed'; settings: boolean };

/** The API calls a lookup needs (a part of EngageSparkClient). */
export type ContactApi = {
  findContactsByPhone(digits: string): Promise<ContactsLookup>;
  getContact(contactId: number): Promise<ContactLookup>;
};

/** Asks engageSPARK who the recipient is; never throws. */
export async function lookUpRecipientContact(
  api: ContactApi,
  recipient: Recipient,
  endpoint: RecipientMode,
): Promise<RecipientContact> {
  if ('to' in recipient) {
    if (endpoint === 'phonenumber') return { kind: 'no-contact' };
    const found = await api.findContactsByPhone(recipient.to);
    if (!found.ok) return failed(found.failure);
    const contact = newestContactFor(found.contacts, recipient.to);
    return contact ? contactOf(contact) : { kind: 'new-contact' };
  }
  const found = await api.getContact(recipient.contactId);
  if (found.ok) return contactOf(found.contact);
  if (found.failure.kind === 'not-found') return { kind: 'unknown-contact-id' };
  return failed(found.failure);
}

function contactOf(contact: Contact): RecipientContact {
  return {
    kind: 'contact',
    contactId: contact.id,
    name: contactName(contact),
    phone: contact.phone,
  };
}

/** "Maria Santos"; a contact without a name is "Contact 41" (its ID, as engageSPARK shows it). */
export function contactName(contact: Pick<Contact, 'id' | 'firstName' | 'lastName'>): string {
  const name = [contact.firstName, contact.lastName].filter((part) => part !== '').join(' ');
  return name === '' ? `Contact ${contact.id}` : name;
}

function failed(failure: LookupFailure): RecipientContact {
  const settings = ['invalid', 'auth', 'wrong-org', 'not-engagespark'].includes(failure.kind);
  return { kind: 'failed', settings };
}

/** The composer's one line under the recipient. */
export function contactLineText(
  contact: RecipientContact,
  formatDigits: (digits: string) => string,
): string {
  switch (contact.kind) {
    case 'contact':
      return contact.phone ? `${contact.name} · ${formatDigits(contact.phone)}` : contact.name;
    case 'new-contact':
      return 'New contact — engageSPARK will create one';
    case 'no-contact':
      return 'Sent to the number only — no engageSPARK contact is used';
    case 'unknown-contact-id':
      return 'No contact with this ID in your organization';
    case 'failed':
      return contact.settings
        ? 'Could not look up the contact name — check Settings. Sending still works.'
        : 'Could not look up the contact name right now. Sending still works.';
  }
}
