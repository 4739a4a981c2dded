import type { SendEndpoint } from './constants.ts';
import { MAX_PARTS } from './constants.ts';
import { countSegments, type SegmentCount } from './segments.ts';

/** A send request that passed validation; the recipient is either a contact id or a phone. */
export interface SendInput {
  orgId: number;
  recipient: { contactId: number } | { phone: string };
  message: string;
  segments: SegmentCount;
  from: string;
  /** "" when absent: an empty clientDedup does not deduplicate. */
  clientDedup: string;
  clientPushURL: string;
  clientRef: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const PHONE_PATTERN = /^\+?([1-9]\d{6,14})$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids may come as a JSON number or as a string of digits. */
export function parsePositiveInteger(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return null;
  return number;
}

/** International digits, optional leading "+", 7–15 digits, no leading 0; answered without "+". */
export function normalizePhone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return PHONE_PATTERN.exec(value)?.[1] ?? null;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

export function parseOrgId(body: Record<string, unknown>): Parsed<number> {
  if (isAbsent(body.orgId)) return { ok: false, error: 'orgId is required' };
  const orgId = parsePositiveInteger(body.orgId);
  if (orgId === null) return { ok: false, error: 'orgId must be a positive integer' };
  return { ok: true, value: orgId };
}

function parseRecipient(
  endpoint: SendEndpoint,
  body: Record<string, unknown>,
): Parsed<SendInput['recipient']> {
  if (!isAbsent(body.phoneNumber) || !isAbsent(body.phoneNumberCountry)) {
    return { ok: false, error: 'the sandbox does not support phoneNumber; use fullPhoneNumber' };
  }
  const given = ['contactId', 'to', 'fullPhoneNumber'].filter((name) => !isAbsent(body[name]));
  const [field, ...others] = given;
  if (field === undefined) {
    return { ok: false, error: 'a recipient is required: contactId, to or fullPhoneNumber' };
  }
  if (others.length > 0) {
    return { ok: false, error: `only one recipient is allowed, got ${given.join(' and ')}` };
  }
  if (field === 'contactId') return parseContactRecipient(endpoint, body.contactId);
  const phone = normalizePhone(body[field]);
  if (phone === null) {
    return {
      ok: false,
      error: `${field} must be an international phone number: 7 to 15 digits, optional leading +`,
    };
  }
  return { ok: true, value: { phone } };
}

function parseContactRecipient(
  endpoint: SendEndpoint,
  value: unknown,
): Parsed<SendInput['recipient']> {
  if (endpoint === 'phonenumber') {
    return { ok: false, error: '/v1/sms/phonenumber takes to or fullPhoneNumber, not contactId' };
  }
  const contactId = parsePositiveInteger(value);
  if (contactId === null) return { ok: false, error: 'contactId must be a positive integer' };
  return { ok: true, value: { contactId } };
}

function parseMessage(value: unknown): Parsed<{ message: string; segments: SegmentCount }> {
  if (isAbsent(value)) return { ok: false, error: 'message is required' };
  if (typeof value !== 'string') return { ok: false, error: 'message must be a string' };
  if (value.trim() === '') return { ok: false, error: 'message must not be empty' };
  const segments = countSegments(value);
  if (segments.parts > MAX_PARTS) {
    return {
      ok: false,
      error: `message is too long: ${segments.parts} parts (${segments.encoding}), at most ${MAX_PARTS}`,
    };
  }
  return { ok: true, value: { message: value, segments } };
}

function parseOptionalString(body: Record<string, unknown>, field: string): Parsed<string> {
  const value = body[field];
  if (isAbsent(value)) return { ok: true, value: '' };
  if (typeof value !== 'string') return { ok: false, error: `${field} must be a string` };
  return { ok: true, value };
}

/** Validates a send body whose orgId was already checked against the API key. */
export function parseSendInput(
  endpoint: SendEndpoint,
  orgId: number,
  body: Record<string, unknown>,
): Parsed<SendInput> {
  const recipient = parseRecipient(endpoint, body);
  if (!recipient.ok) return recipient;
  const message = parseMessage(body.message);
  if (!message.ok) return message;
  const from = parseOptionalString(body, 'from');
  if (!from.ok) return from;
  const clientDedup = parseOptionalString(body, 'clientDedup');
  if (!clientDedup.ok) return clientDedup;
  const clientPushURL = parseOptionalString(body, 'clientPushURL');
  if (!clientPushURL.ok) return clientPushURL;
  const clientRef = parseOptionalString(body, 'clientRef');
  if (!clientRef.ok) return clientRef;
  return {
    ok: true,
    value: {
      orgId,
      recipient: recipient.value,
      ...message.value,
      from: from.value,
      clientDedup: clientDedup.value,
      clientPushURL: clientPushURL.value,
      clientRef: clientRef.value,
    },
  };
}
