import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import type { Draft } from './draft-store';

export type ComposerTab = 'compose' | 'history';

/** What the URL asks the composer to show, after checking: every value came from a web page. */
export type Prefill = {
  recipient?: { kind: 'phone'; phone: string } | { kind: 'contact'; contactId: string };
  message?: string;
  tab: ComposerTab;
};

const MAX_TEXT = 200;
const MAX_MESSAGE = 5000;
const DIGITS = /^\+?(\d{7,15})$/;
const CONTACT_ID = /^\d{1,16}$/;
// Control characters other than tab and newline: invisible, and no one means to send them.
const CONTROL = /(?![\t\n])\p{Cc}/gu;

function clean(value: string | null, max: number): string | undefined {
  if (value === null) return undefined;
  const cleaned = value.replace(CONTROL, '').slice(0, max);
  return cleaned.trim() === '' ? undefined : cleaned;
}

/** Entry points send international digits ("639171234567"); a national "0917…" is not one. */
function internationalDigits(to: string): string | undefined {
  const digits = DIGITS.exec(to.replace(/[\s().-]/g, ''))?.[1];
  return digits !== undefined && parsePhoneNumberFromString(`+${digits}`)?.isValid()
    ? digits
    : undefined;
}

/**
 * International digits become the number as it will be sent ("+63 917 123 4567"); anything else
 * is shown as the text it is, in the phone field, where the parser says what it makes of it.
 */
function phoneFrom(to: string | undefined, text: string | undefined): string | undefined {
  const digits = to === undefined ? undefined : internationalDigits(to);
  if (digits !== undefined) return formatDigitsForDisplay(digits);
  return (to ?? text)?.replace(/\s+/g, ' ').trim();
}

function recipientFrom(query: URLSearchParams): Prefill['recipient'] {
  const contactId = clean(query.get('contactId'), 30)?.trim();
  if (contactId !== undefined && CONTACT_ID.test(contactId) && Number(contactId) > 0) {
    return { kind: 'contact', contactId: String(Number(contactId)) };
  }
  const phone = phoneFrom(clean(query.get('to'), MAX_TEXT), clean(query.get('text'), MAX_TEXT));
  if (phone) return { kind: 'phone', phone };
  if (contactId !== undefined) return { kind: 'contact', contactId };
  return undefined;
}

/** Reads `?to=`, `?text=`, `?contactId=`, `?message=` and `?tab=history` (see composer-url.ts). */
export function parsePrefill(search: string): Prefill {
  const query = new URLSearchParams(search);
  const recipient = recipientFrom(query);
  const message = clean(query.get('message'), MAX_MESSAGE);
  return {
    ...(recipient && { recipient }),
    ...(message !== undefined && { message }),
    tab: query.get('tab') === 'history' ? 'history' : 'compose',
  };
}

/** The user clicked a number: it replaces the draft's recipient; the draft's text stays unless the URL brings one. */
export function applyPrefill(draft: Draft, prefill: Prefill, now: number): Draft {
  if (!prefill.recipient && prefill.message === undefined) return draft;
  const recipient =
    prefill.recipient?.kind === 'phone'
      ? { recipientKind: 'phone' as const, phone: prefill.recipient.phone, contactId: '' }
      : prefill.recipient?.kind === 'contact'
        ? { recipientKind: 'contact' as const, phone: '', contactId: prefill.recipient.contactId }
        : {};
  return {
    ...draft,
    ...recipient,
    ...(prefill.message !== undefined && { message: prefill.message }),
    updatedAt: now,
  };
}
