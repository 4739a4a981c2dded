import { ORG_INBOUND_NUMBER } from './constants.ts';
import { type HandlerContext, jsonBody } from './context.ts';
import { parseFaultConfig } from './faults.ts';
import type { Reply } from './http-io.ts';
import { formatMessageId } from './message-id.ts';
import { errorReply } from './org-handlers.ts';
import { countSegments } from './segments.ts';
import { isRecord, normalizePhone, parsePositiveInteger } from './send-request.ts';
import { smsModel } from './sms-model.ts';
import { type ContactNames, type InboundMessage, NO_NAMES } from './state.ts';

/**
 * Control endpoints under /__sandbox/, for tests and demos. They need no API key; the server only
 * answers them to loopback clients. Their own requests are not recorded in /__sandbox/requests.
 */

const ok = (body: unknown, status = 200): Reply => ({ status, body });

export const getRequests = (ctx: HandlerContext): Reply => ok(ctx.state.requests);
export const getMessages = (ctx: HandlerContext): Reply => ok(ctx.state.messages);
export const getInbound = (ctx: HandlerContext): Reply => ok(ctx.state.inbound);
export const getContacts = (ctx: HandlerContext): Reply => ok(ctx.state.contacts);
export const getFaults = (ctx: HandlerContext): Reply => ok(ctx.state.faults.current());

/** Body: a FaultConfig, e.g. `{"mode": "hold", "times": 1}`. Answers the config now in force. */
export function postFaults(ctx: HandlerContext): Reply {
  const config = parseFaultConfig(jsonBody(ctx));
  if ('error' in config) return errorReply(400, config.error);
  ctx.state.faults.set(config);
  return ok(ctx.state.faults.current());
}

/** Sends every answer kept by the "hold" fault: `{"released": n}`. */
export const postRelease = (ctx: HandlerContext): Reply => ok({ released: ctx.pending.release() });

/**
 * Back to the start state: balances, contacts, messages, requests and the faults given at start.
 * Answers already held or delayed stay pending.
 */
export function postReset(ctx: HandlerContext): Reply {
  ctx.state.reset();
  return ok({ ok: true });
}

/** Body: `{"orgId": 1234, "micro": 0}`; a non-negative whole number of micro-dollars. */
export function postBalance(ctx: HandlerContext): Reply {
  const body = jsonBody(ctx);
  if (!isRecord(body)) return errorReply(400, 'expected {"orgId": number, "micro": number}');
  const orgId = parsePositiveInteger(body.orgId);
  const micro = body.micro;
  if (orgId === null) return errorReply(400, 'orgId must be a positive integer');
  if (typeof micro !== 'number' || !Number.isSafeInteger(micro) || micro < 0) {
    return errorReply(400, 'micro must be a non-negative integer');
  }
  ctx.state.setBalance(orgId, micro);
  return ok({ orgId, micro });
}

/**
 * Body: `{"orgId": 1234, "phone": "+639171234567", "firstName"?: "Maria", "lastName"?: "Santos",
 * "language"?: "Tagalog"}`; makes a contact as the CRM would. Answers the stored contact.
 */
export function postContact(ctx: HandlerContext): Reply {
  const body = jsonBody(ctx);
  if (!isRecord(body)) return errorReply(400, 'expected {"orgId": number, "phone": string}');
  const orgId = parsePositiveInteger(body.orgId);
  const phone = normalizePhone(body.phone);
  if (orgId === null) return errorReply(400, 'orgId must be a positive integer');
  if (phone === null) return errorReply(400, 'phone must be 7 to 15 digits, optional leading +');
  const names = parseContactNames(body);
  if ('error' in names) return errorReply(400, names.error);
  return ok(ctx.state.createContact(orgId, phone, ctx.now, names), 201);
}

function parseContactNames(body: Record<string, unknown>): ContactNames | { error: string } {
  const names: ContactNames = { ...NO_NAMES };
  for (const field of ['firstName', 'lastName', 'language'] as const) {
    const value = body[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { error: `${field} must be a string` };
    names[field] = value;
  }
  return names;
}

/**
 * Body: `{"orgId"?: 1234, "from": "639171234567", "text": "…", "at"?: ISO time, "to"?: digits}`: a
 * phone writes to the organization. Answers 201 with the SMS as the API lists it (schema_model_sms).
 */
export function postInbound(ctx: HandlerContext): Reply {
  const input = parseInbound(jsonBody(ctx), ctx);
  if ('error' in input) return errorReply(400, input.error);
  const { state } = ctx;
  const sequence = state.nextMessageNumber();
  const sms: InboundMessage = {
    ...input,
    messageId: formatMessageId(input.receivedAt, input.orgId, sequence),
    parts: countSegments(input.message).parts,
    contactId: state.latestContactWithPhone(input.orgId, input.from)?.id ?? 0,
    sequence,
  };
  state.inbound.push(sms);
  return ok(smsModel({ direction: 'ingress', sms }, ctx.now, ctx.deliveryStepMs), 201);
}

type InboundInput = Pick<InboundMessage, 'orgId' | 'from' | 'to' | 'message' | 'receivedAt'>;

const INBOUND_FIELDS = new Set(['orgId', 'from', 'text', 'at', 'to']);
const INBOUND_SHAPE = 'expected {"from": "639171234567", "text": "…", "orgId"?, "at"?, "to"?}';

function parseInbound(body: unknown, ctx: HandlerContext): InboundInput | { error: string } {
  if (!isRecord(body)) return { error: INBOUND_SHAPE };
  const unknown = Object.keys(body).filter((field) => !INBOUND_FIELDS.has(field));
  if (unknown.length > 0)
    return { error: `unknown field: ${unknown.join(', ')}; ${INBOUND_SHAPE}` };
  const orgId =
    body.orgId === undefined ? ctx.state.defaultOrgId() : parsePositiveInteger(body.orgId);
  if (orgId === null) return { error: 'orgId must be a positive integer' };
  const from = normalizePhone(body.from);
  if (from === null) return { error: 'from must be 7 to 15 digits, optional leading +' };
  const to = body.to === undefined ? ORG_INBOUND_NUMBER : normalizePhone(body.to);
  if (to === null) return { error: 'to must be 7 to 15 digits, optional leading +' };
  if (typeof body.text !== 'string' || body.text === '') {
    return { error: 'text must be a non-empty string' };
  }
  const receivedAt = body.at === undefined ? ctx.now : parseIsoTime(body.at);
  if (receivedAt === null) return { error: 'at must be an ISO time like 2026-11-30T08:00:00Z' };
  return { orgId, from, to, message: body.text, receivedAt };
}

function parseIsoTime(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
