import { z } from 'zod';
import {
  countSchema,
  decimalTextSchema,
  messageIdSchema,
  wholeNumberSchema,
} from '../answers/fields.ts';
import { isJsonObject } from '../answers/is-json-object.ts';
import { readJsonAnswer } from '../answers/read-json-answer.ts';
import { rateLimitedOutcome } from '../answers/retry-after.ts';
import { describeZodError } from '../answers/zod-detail.ts';
import type { RequestProblem } from '../request-problem.ts';
import type { Answer } from '../transport/exchange.ts';
import { type ApiSession, orgIdSchema } from '../transport/session.ts';
import type { AcceptedMessage, SendOutcome } from './send-outcome.ts';

/**
 * POST /v1/sms/{contact|phonenumber}: one SMS. The request is checked here before anything is
 * sent (problems come back as codes), and the answer is classified into a SendOutcome.
 */

/** `contact` creates or updates a contact; `phonenumber` sends without one. */
export type SendEndpoint = 'contact' | 'phonenumber';

export function sendUrl(base: URL, endpoint: SendEndpoint): URL {
  return new URL(`v1/sms/${endpoint}`, base);
}

/** Sends one SMS through an open session; never throws. */
export async function sendSms(session: ApiSession, input: SendSmsInput): Promise<SendOutcome> {
  if (!session.ok) return { kind: 'invalid', origin: 'local', problems: session.problems };
  const built = buildSendBody(session.orgId, input);
  if (!built.ok) return { kind: 'invalid', origin: 'local', problems: built.problems };
  const url = sendUrl(session.base, input.endpoint);
  return session.call(
    { method: 'POST', url, json: built.body },
    classifySendAnswer,
    (failure) => failure,
  );
}

// ---------------------------------------------------------------------------------------------
// Request: what this extension sends. Strict: a bad request is caught before it costs anything.
// ---------------------------------------------------------------------------------------------

/**
 * International number the way engageSPARK wants it: digits only, no "+", 7–15 long (E.164).
 * A leading 0 is a national-format number; sending it would reach the wrong phone or none.
 */
const phoneDigitsSchema = z.string().regex(/^[1-9]\d{6,14}$/);

const contactIdSchema = z.int().positive();
/** Whitespace-only counts as empty: nobody means to pay for a blank SMS. */
const messageTextSchema = z.string().regex(/\S/);
export const senderIdSchema = z.string().regex(/\S/);
const clientDedupSchema = z.string().regex(/\S/);
const clientRefSchema = z.string().regex(/\S/);

const sendBodyFields = {
  orgId: orgIdSchema,
  from: senderIdSchema.optional(),
  message: messageTextSchema,
  clientDedup: clientDedupSchema,
  clientRef: clientRefSchema,
};

/** Strict objects, so a body with both `to` and `contactId` matches neither branch. */
export const sendSmsBodySchema = z.union([
  z.strictObject({ ...sendBodyFields, to: phoneDigitsSchema }),
  z.strictObject({ ...sendBodyFields, contactId: contactIdSchema }),
]);

type SendSmsBody = z.infer<typeof sendSmsBodySchema>;

export interface SendSmsInput {
  /** `contact` creates or updates a contact; `phonenumber` sends without one. */
  endpoint: SendEndpoint;
  recipient: { to: string } | { contactId: number };
  /** Sender id; left out of the request when empty. */
  from?: string;
  message: string;
  /** Same value on every retry of the same message: the server sends it at most once. */
  clientDedup: string;
  clientRef: string;
}

type BuiltSendBody = { ok: true; body: SendSmsBody } | { ok: false; problems: RequestProblem[] };

/** The request body, checked before anything is sent; problems come back as codes. */
function buildSendBody(orgId: number, input: SendSmsInput): BuiltSendBody {
  const draft = draftBody(orgId, input);
  const parsed = sendSmsBodySchema.safeParse(draft);
  const problems = findProblems(draft, input.endpoint);
  if (parsed.success && problems.length === 0) return { ok: true, body: parsed.data };
  return { ok: false, problems: problems.length > 0 ? problems : ['recipient'] };
}

/**
 * The body as it would be sent, before checking. Keys are only present when set, so a blank
 * sender is left out and a caller passing both recipients at run time is caught by the check.
 */
function draftBody(orgId: number, input: SendSmsInput): Record<string, unknown> {
  const { from } = input;
  // Callers are typed, but a message from another context may carry anything at run time.
  const recipient: Record<string, unknown> = isJsonObject(input.recipient) ? input.recipient : {};
  const to = normalizePhone(recipient.to);
  const contactId = recipient.contactId;
  const sender = typeof from === 'string' ? from.trim() || undefined : from;
  return {
    orgId,
    ...(to !== undefined && { to }),
    ...(contactId !== undefined && { contactId }),
    ...(sender !== undefined && { from: sender }),
    message: input.message,
    clientDedup: input.clientDedup,
    clientRef: input.clientRef,
  };
}

/** engageSPARK wants digits only; a leading "+" is the one decoration worth forgiving. */
function normalizePhone(to: unknown): unknown {
  return typeof to === 'string' ? to.trim().replace(/^\+/, '') : to;
}

function findProblems(draft: Record<string, unknown>, endpoint: SendEndpoint): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const check = (ok: boolean, problem: RequestProblem): void => {
    if (!ok) problems.push(problem);
  };
  check(orgIdSchema.safeParse(draft.orgId).success, 'org-id');
  problems.push(...findRecipientProblems(draft, endpoint));
  check(draft.from === undefined || senderIdSchema.safeParse(draft.from).success, 'sender');
  check(messageTextSchema.safeParse(draft.message).success, 'message');
  check(clientDedupSchema.safeParse(draft.clientDedup).success, 'client-dedup');
  check(clientRefSchema.safeParse(draft.clientRef).success, 'client-ref');
  return problems;
}

function findRecipientProblems(
  draft: Record<string, unknown>,
  endpoint: SendEndpoint,
): RequestProblem[] {
  const hasTo = draft.to !== undefined;
  const hasContactId = draft.contactId !== undefined;
  if (hasTo === hasContactId) return ['recipient'];
  if (hasContactId) {
    if (endpoint === 'phonenumber') return ['phonenumber-needs-number'];
    return contactIdSchema.safeParse(draft.contactId).success ? [] : ['contact-id'];
  }
  return phoneDigitsSchema.safeParse(draft.to).success ? [] : ['phone-number'];
}

// ---------------------------------------------------------------------------------------------
// Answer: lenient about extra fields (see answers/fields.ts), strict about shapes.
// ---------------------------------------------------------------------------------------------

/** Error bodies carry "" or 0 for fields that do not apply; 0 is not a contact. */
const optionalContactIdSchema = wholeNumberSchema
  .nullish()
  .transform((id) => (id === undefined || id === null || id <= 0 ? null : id));

const optionalPhoneSchema = z
  .union([z.string(), z.int().transform(String)])
  .nullish()
  .transform((to) => (to ? to : null));

/** The body of a send, whether it worked (200) or repeats the original (409). */
export const sendResponseSchema = z.looseObject({
  error: z.string().nullish(),
  messageId: messageIdSchema,
  estimateParts: countSchema,
  estimateMicro: countSchema,
  /** "" is tolerated: the sandbox and error bodies use it for "not known". */
  estimate: z.union([decimalTextSchema, z.literal('')]),
  deliveryDeadline: z.string(),
  contactId: optionalContactIdSchema,
  to: optionalPhoneSchema,
  clientDedup: z.string().nullish(),
  clientRef: z.string().nullish(),
});

export type SendResponse = z.infer<typeof sendResponseSchema>;

/** A 400 body: only the error text matters; Django REST framework style `detail` as a fallback. */
const refusalResponseSchema = z.looseObject({
  error: z.unknown().optional(),
  detail: z.unknown().optional(),
});

/** Turns a send's HTTP answer into an outcome. Pure: the status decides, the body fills in. */
function classifySendAnswer(answer: Answer, nowMs: number): SendOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) return readAccepted(answer, 'sent');
  if (status === 400) return readRefusal(answer);
  if (status === 401 || status === 403) return { kind: 'auth' };
  if (status === 402) return { kind: 'funds' };
  if (status === 409) return readAccepted(answer, 'duplicate');
  if (status === 429) return rateLimitedOutcome(answer.headers, nowMs);
  if (status >= 500 && status <= 599) return { kind: 'server', status };
  return { kind: 'unexpected-status', status };
}

function readAccepted(answer: Answer, kind: 'sent' | 'duplicate'): SendOutcome {
  const { status } = answer;
  const json = readJsonAnswer(answer);
  // The body is how we learn the messageId: losing it midway is a lost answer, not a refusal.
  if (json.kind === 'timed-out') return { kind: 'timeout' };
  if (json.kind === 'broken') return { kind: 'network', detail: json.detail };
  if (json.kind === 'unreadable') return { kind: 'malformed', status, detail: json.detail };
  const parsed = sendResponseSchema.safeParse(json.value);
  if (!parsed.success) return { kind: 'malformed', status, detail: describeZodError(parsed.error) };
  // A 409 carries an error text by design ("duplicate clientDedup"); a 200 must not.
  if (kind === 'sent' && hasErrorText(parsed.data.error)) {
    return { kind: 'malformed', status, detail: 'error set in a success answer' };
  }
  return { kind, ...toAcceptedMessage(parsed.data) };
}

function readRefusal(answer: Answer): SendOutcome {
  const json = readJsonAnswer(answer);
  if (json.kind !== 'json') {
    const detail = json.kind === 'timed-out' ? 'timed out reading the body' : json.detail;
    return { kind: 'malformed', status: answer.status, detail };
  }
  const parsed = refusalResponseSchema.safeParse(json.value);
  if (!parsed.success) {
    return { kind: 'malformed', status: answer.status, detail: describeZodError(parsed.error) };
  }
  const { error, detail } = parsed.data;
  const serverError = textOf(error) || textOf(detail);
  return { kind: 'invalid', origin: 'server', serverError };
}

function hasErrorText(error: string | null | undefined): boolean {
  return typeof error === 'string' && error.trim() !== '';
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function toAcceptedMessage(response: SendResponse): AcceptedMessage {
  return {
    messageId: response.messageId,
    parts: response.estimateParts,
    estimateMicro: response.estimateMicro,
    estimate: response.estimate,
    deliveryDeadline: response.deliveryDeadline,
    contactId: response.contactId,
    to: response.to,
  };
}
