import { z } from 'zod';
import { wholeNumberSchema } from '../answers/fields.ts';
import {
  type LookupResult,
  lookupFailed,
  readLookupAnswer,
} from '../answers/read-lookup-answer.ts';
import { answerPhoneDigits, cleanUntrustedText } from '../answers/untrusted-text.ts';
import type { Answer } from '../transport/exchange.ts';
import type { ApiSession } from '../transport/session.ts';

/**
 * GET /v1/organizations/{orgId}/contacts/?phonenumber=… (the contacts with one number) and
 * GET /v1/organizations/{orgId}/contacts/{contactId}/ (one contact), read-only: the composer
 * shows who a number belongs to before a send.
 */

/** A contact as this extension keeps it: every string from the answer cleaned and cut. */
export interface Contact {
  id: number;
  /** International digits without "+"; undefined when the answer had none that is a phone. */
  phone: string | undefined;
  firstName: string;
  lastName: string;
  /** ISO time; undefined when absent or not a time. */
  createdAt: string | undefined;
}

export type ContactsLookup = LookupResult<{ contacts: Contact[]; total: number }>;
export type ContactLookup = LookupResult<{ contact: Contact }>;

/** A number has a handful of contacts at most; more is not an answer this lookup needs. */
export const CONTACTS_PAGE_SIZE = 50;
/** Longer than any real name; a name is shown on one line. */
export const MAX_NAME_CHARS = 80;

/** Never throws. */
export async function findContactsByPhone(
  session: ApiSession,
  digits: string,
): Promise<ContactsLookup> {
  if (!session.ok) return lookupFailed({ kind: 'invalid', problems: session.problems });
  if (!/^\d{7,15}$/.test(digits))
    return lookupFailed({ kind: 'invalid', problems: ['phone-number'] });
  const url = contactsUrl(session.base, session.orgId, digits);
  return session.call({ method: 'GET', url }, classifyContactsAnswer, lookupFailed);
}

/** Never throws. */
export async function getContact(session: ApiSession, contactId: number): Promise<ContactLookup> {
  if (!session.ok) return lookupFailed({ kind: 'invalid', problems: session.problems });
  if (!Number.isSafeInteger(contactId) || contactId <= 0)
    return lookupFailed({ kind: 'invalid', problems: ['contact-id'] });
  const url = new URL(`v1/organizations/${session.orgId}/contacts/${contactId}/`, session.base);
  return session.call({ method: 'GET', url }, classifyContactAnswer, lookupFailed);
}

export function contactsUrl(base: URL, orgId: number, digits: string): URL {
  const url = new URL(`v1/organizations/${orgId}/contacts/`, base);
  url.searchParams.set('phonenumber', digits);
  url.searchParams.set('page', '1');
  url.searchParams.set('size', String(CONTACTS_PAGE_SIZE));
  return url;
}

const optionalText = z.string().nullish().catch(undefined);

/** schema_contact, the fields used here; a wrong `id` makes it not a contact at all. */
export const contactSchema = z.looseObject({
  id: wholeNumberSchema.pipe(z.int().positive()),
  fullPhoneNumber: optionalText,
  firstName: optionalText,
  lastName: optionalText,
  createdAt: optionalText,
});

export const contactsResponseSchema = z.looseObject({
  total: wholeNumberSchema.optional().catch(undefined),
  orgTotal: wholeNumberSchema.optional().catch(undefined),
  contacts: z.array(z.unknown()),
});

function classifyContactsAnswer(answer: Answer, nowMs: number): ContactsLookup {
  const read = readLookupAnswer(
    answer,
    nowMs,
    contactsResponseSchema,
    { kind: 'not-found' },
    'malformed',
  );
  if (!read.ok) return read;
  // Item by item: one damaged contact does not hide the others.
  const contacts = read.value.contacts.slice(0, CONTACTS_PAGE_SIZE).flatMap((item) => {
    const parsed = contactSchema.safeParse(item);
    return parsed.success ? [toContact(parsed.data)] : [];
  });
  return { ok: true, contacts, total: read.value.total ?? contacts.length };
}

function classifyContactAnswer(answer: Answer, nowMs: number): ContactLookup {
  const read = readLookupAnswer(answer, nowMs, contactSchema, { kind: 'not-found' }, 'malformed');
  return read.ok ? { ok: true, contact: toContact(read.value) } : read;
}

function toContact(contact: z.infer<typeof contactSchema>): Contact {
  return {
    id: contact.id,
    phone: answerPhoneDigits(contact.fullPhoneNumber),
    firstName: cleanName(contact.firstName),
    lastName: cleanName(contact.lastName),
    createdAt: isoTime(contact.createdAt),
  };
}

function cleanName(name: string | null | undefined): string {
  return cleanUntrustedText(name ?? '', MAX_NAME_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The time as ISO text, or undefined when it is not a time. */
export function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * The contact a send to this number will use: engageSPARK takes the most recently created one.
 * A contact that shows another number does not count (a server that ignored the filter); one
 * without a number does (the field is left out for keys that may not see it).
 */
export function newestContactFor(
  contacts: readonly Contact[],
  digits: string,
): Contact | undefined {
  return contacts
    .filter((contact) => contact.phone === undefined || contact.phone === digits)
    .reduce<Contact | undefined>((newest, contact) => {
      if (!newest) return contact;
      return createdMs(contact) > createdMs(newest) ? contact : newest;
    }, undefined);
}

function createdMs(contact: Contact): number {
  return contact.createdAt ? Date.parse(contact.createdAt) : Number.NEGATIVE_INFINITY;
}
