import { INVALID_TOKEN, ORG_MISMATCH, orgForAuthorization } from './auth.ts';
import type { SendEndpoint } from './constants.ts';
import { type HandlerContext, jsonBody } from './context.ts';
import type { Reply } from './http-io.ts';
import { sendMessage } from './send-message.ts';
import { isRecord, parseOrgId, parseSendInput } from './send-request.ts';
import { sendErrorBody } from './send-response.ts';

/**
 * POST /v1/sms/contact and /v1/sms/phonenumber. Checks run in this order, the first failure answers:
 * 401 key → 400 JSON → 400 orgId → 403 org of key → 400 fields → 409 clientDedup →
 * 400 contact not found → 402 funds → 200 sent.
 */
export function handleSend(endpoint: SendEndpoint, ctx: HandlerContext): Reply {
  const body = jsonBody(ctx);
  const fail = (status: number, error: string): Reply => ({
    status,
    body: sendErrorBody(error, body),
  });
  const keyOrg = orgForAuthorization(ctx.authorization, ctx.state);
  if (keyOrg === undefined) return fail(401, INVALID_TOKEN);
  if (ctx.body.kind !== 'json') return fail(400, 'request body must be JSON');
  if (!isRecord(body)) return fail(400, 'request body must be a JSON object');
  const orgId = parseOrgId(body);
  if (!orgId.ok) return fail(400, orgId.error);
  if (orgId.value !== keyOrg) return fail(403, ORG_MISMATCH);
  const input = parseSendInput(endpoint, keyOrg, body);
  if (!input.ok) return fail(400, input.error);
  return sendMessage(endpoint, input.value, ctx);
}
