import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import type { ComposerPrefill } from './composer-url';
import type { Draft } from './draft-store';

export type ComposerTab = 'compose' | 'history';

/**
 * Who handed the prefill over: the background (through session storage, after the user clicked a
 * number, a menu item or the shortcut), or the query string of popup.html, which any page or
 * extension can open. Neither is the user's own typing.
 */
export type PrefillSource = 'extension' | 'url';

/** What an entry point asks the composer to show, after checking: every value came from a web page. */
export type Prefill = {
  recipient?: { kind: 'phone'; phone: string } | { kind: 'contact'; contactId: string };
  message?: string;
  source: PrefillSource;
  tab: ComposerTab;
};

const MAX_TEXT = 200;
const MAX_MESSAGE = 5000;
const DIGITS = /^\+?(\d{7,15})$/;
const CONTACT_ID = /^\d{1,16}$/;
// Control characters other than tab and newline: invisible, and no one means to send them.
const CONTROL = /(?![\t\n])\p{Cc}/gu;
// Format characters: bidi embeddings, overrides and isolates, marks, zero-width spaces, the BOM,
// tag characters. They hide text or reorder what the user reads against what is sent. A zero-width
// joiner inside an emoji sequence (👩‍💻) only joins the pictures, so it stays.
const INVISIBLE = /(?!\u200D\p{Extended_Pictographic})\p{Cf}/gu;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

/** Text from outside, as it will be shown and sent: nothing in it the user cannot see. */
export function removeInvisible(value: string): string {
  return value.replace(LINE_SEPARATORS, '\n').replace(CONTROL, '').replace(INVISIBLE, '');
}

function clean(value: string | null | undefined, max: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const cleaned = removeInvisible(value).slice(0, max);
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

type RawPrefill = { [K in keyof ComposerPrefill]?: string };

function recipientFrom(raw: RawPrefill): Prefill['recipient'] {
  const contactId = clean(raw.contactId, 30)?.trim();
  if (contactId !== undefined && CONTACT_ID.test(contactId) && Number(contactId) > 0) {
    return { kind: 'contact', contactId: String(Number(contactId)) };
  }
  const phone = phoneFrom(clean(raw.to, MAX_TEXT), clean(raw.text, MAX_TEXT));
  if (phone) return { kind: 'phone', phone };
  if (contactId !== undefined) return { kind: 'contact', contactId };
  return undefined;
}

function checkPrefill(raw: RawPrefill, source: PrefillSource): Prefill {
  const recipient = recipientFrom(raw);
  const message = clean(raw.message, MAX_MESSAGE);
  return {
    ...(recipient && { recipient }),
    ...(message !== undefined && { message }),
    source,
    tab: raw.tab === 'history' ? 'history' : 'compose',
  };
}

/** Reads `?to=`, `?text=`, `?contactId=`, `?message=` and `?tab=history`: anyone can write these. */
export function parsePrefill(search: string): Prefill {
  const query = new URLSearchParams(search);
  const read = (name: keyof ComposerPrefill): string | undefined => query.get(name) ?? undefined;
  return checkPrefill(
    {
      to: read('to'),
      text: read('text'),
      contactId: read('contactId'),
      message: read('message'),
      tab: read('tab'),
    },
    'url',
  );
}

/** The prefill the background handed over; checked like any other, since its values came from a page. */
export function prefillFromBackground(prefill: ComposerPrefill | undefined): Prefill {
  if (!prefill) return { source: 'extension', tab: 'compose' };
  return checkPrefill(
    {
      to: prefill.to,
      text: prefill.text,
      contactId: prefill.contactId === undefined ? undefined : String(prefill.contactId),
      message: prefill.message,
      tab: prefill.tab,
    },
    'extension',
  );
}

/** A prefill that names a recipient or brings text: a new intent, not a return to the last draft. */
export function hasContent(prefill: Prefill): boolean {
  return prefill.recipient !== undefined || prefill.message !== undefined;
}

/** Digits of a phone draft, or the contact id: what decides whether two drafts go to one recipient. */
export function recipientKey(recipient: {
  recipientKind: 'phone' | 'contact';
  phone: string;
  contactId: string;
}): string {
  return recipient.recipientKind === 'phone'
    ? `phone:${recipient.phone.replace(/\D/g, '')}`
    : `contact:${recipient.contactId.trim()}`;
}

function recipientFields(
  recipient: NonNullable<Prefill['recipient']>,
): Pick<Draft, 'recipientKind' | 'phone' | 'contactId'> {
  return recipient.kind === 'phone'
    ? { recipientKind: 'phone', phone: recipient.phone, contactId: '' }
    : { recipientKind: 'contact', phone: '', contactId: recipient.contactId };
}

// A number (7 digits at least) or a contact: text that is neither names no one, and matches no draft.
const ADDRESSABLE = /^(phone:\d{7,}|contact:\d+)$/;

/**
 * The prefill's recipient in draft fields, to match it against stored drafts; undefined when it
 * names no one (a selection that is not a number), so that a draft without a recipient is never
 * taken to be "the draft for" it.
 */
export function prefillRecipientKey(prefill: Prefill): string | undefined {
  if (!prefill.recipient) return undefined;
  const key = recipientKey(recipientFields(prefill.recipient));
  return ADDRESSABLE.test(key) ? key : undefined;
}

/**
 * Puts the prefill in a draft meant for it (a new one, or one already written to this recipient).
 * Text it brings is marked as suggested: the user did not write it, and must confirm it once.
 */
export function applyPrefill(draft: Draft, prefill: Prefill, now: number): Draft {
  if (!hasContent(prefill)) return draft;
  return {
    ...draft,
    ...(prefill.recipient && recipientFields(prefill.recipient)),
    ...(prefill.message !== undefined && { message: prefill.message, suggested: prefill.source }),
    updatedAt: now,
  };
}
