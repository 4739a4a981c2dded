import type { SendEndpoint } from './api-urls.ts';
import { isJsonObject } from './is-json-object.ts';
import type { RequestProblem } from './request-problem.ts';
import {
  clientDedupSchema,
  clientRefSchema,
  contactIdSchema,
  messageTextSchema,
  orgIdSchema,
  phoneDigitsSchema,
  type SendSmsBody,
  senderIdSchema,
  sendSmsBodySchema,
} from './schemas.ts';

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

export type BuiltSendBody =
  | { ok: true; body: SendSmsBody }
  | { ok: false; problems: RequestProblem[] };

/** The request body, checked before anything is sent; problems come back as codes. */
export function buildSendBody(orgId: number, input: SendSmsInput): BuiltSendBody {
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
