import type { CountryCode } from 'libphonenumber-js';
import type { Recipient } from '@/utils/outbox/message-record';
import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import type { RecipientMode } from '@/utils/settings/settings-schema';
import type { Draft } from './draft-store';

export type RecipientCheck =
  | { ok: true; recipient: Recipient; display: string; detail?: string }
  /** `empty`: nothing typed yet, so the field says nothing until the user tries to send. */
  | { ok: false; empty: boolean; message: string };

const CONTACT_ID = /^\d{1,16}$/;

function checkPhone(text: string, defaultCountry: string): RecipientCheck {
  if (text.trim() === '')
    return { ok: false, empty: true, message: 'Enter the phone number to send to.' };
  const parsed = parsePhoneNumber(text, defaultCountry as CountryCode);
  if (!parsed.ok) return { ok: false, empty: false, message: parsed.message };
  return {
    ok: true,
    recipient: { to: parsed.digits },
    display: parsed.display,
    detail: parsed.countryName,
  };
}

function checkContactId(text: string, endpoint: RecipientMode): RecipientCheck {
  const trimmed = text.trim();
  if (endpoint === 'phonenumber') {
    return {
      ok: false,
      empty: trimmed === '',
      message:
        'Your settings send without contacts, and that way engageSPARK needs a phone number. Send to a phone number, or choose “Create or update contacts” in Settings.',
    };
  }
  if (trimmed === '')
    return { ok: false, empty: true, message: 'Enter the engageSPARK contact ID.' };
  const value = Number(trimmed);
  if (!CONTACT_ID.test(trimmed) || !Number.isSafeInteger(value) || value <= 0) {
    return {
      ok: false,
      empty: false,
      message:
        'A contact ID is a whole number above 0, as shown on the contact’s page in engageSPARK.',
    };
  }
  return { ok: true, recipient: { contactId: value }, display: `Contact ${value}` };
}

/** The one recipient the API will get, or exactly why there is none yet. */
export function checkRecipient(
  draft: Draft,
  endpoint: RecipientMode,
  defaultCountry: string,
): RecipientCheck {
  return draft.recipientKind === 'phone'
    ? checkPhone(draft.phone, defaultCountry)
    : checkContactId(draft.contactId, endpoint);
}
