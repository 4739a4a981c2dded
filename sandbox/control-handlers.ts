import { type HandlerContext, jsonBody } from './context.ts';
import { parseFaultConfig } from './faults.ts';
import type { Reply } from './http-io.ts';
import { errorReply } from './org-handlers.ts';
import { isRecord, normalizePhone, parsePositiveInteger } from './send-request.ts';

/**
 * Control endpoints under /__sandbox/, for tests and demos. They need no API key; the server only
 * answers them to loopback clients. Their own requests are not recorded in /__sandbox/requests.
 */

const ok = (body: unknown, status = 200): Reply => ({ status, body });

export const getRequests = (ctx: HandlerContext): Reply => ok(ctx.state.requests);
export const getMessages = (ctx: HandlerContext): Reply => ok(ctx.state.messages);
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

/** Body: `{"orgId": 1234, "phone": "+639171234567"}`; makes a contact as the CRM would. */
export function postContact(ctx: HandlerContext): Reply {
  const body = jsonBody(ctx);
  if (!isRecord(body)) return errorReply(400, 'expected {"orgId": number, "phone": string}');
  const orgId = parsePositiveInteger(body.orgId);
  const phone = normalizePhone(body.phone);
  if (orgId === null) return errorReply(400, 'orgId must be a positive integer');
  if (phone === null) return errorReply(400, 'phone must be 7 to 15 digits, optional leading +');
  return ok(ctx.state.createContact(orgId, phone, ctx.now), 201);
}
