import { INVALID_TOKEN, ORG_MISMATCH, orgForAuthorization } from './auth.ts';
import type { HandlerContext } from './context.ts';
import type { Reply } from './http-io.ts';
import { formatDollars, toDollarNumber } from './money.ts';
import { parsePositiveInteger } from './send-request.ts';
import { findOrgMessage, smsModel } from './sms-model.ts';

/** The key's organization when it matches the orgId of the path, else the error to answer. */
export function authorizeOrg(ctx: HandlerContext): { orgId: number } | { reply: Reply } {
  const keyOrg = orgForAuthorization(ctx.authorization, ctx.state);
  if (keyOrg === undefined) return { reply: errorReply(401, INVALID_TOKEN) };
  if (parsePositiveInteger(ctx.params[0]) !== keyOrg)
    return { reply: errorReply(403, ORG_MISMATCH) };
  return { orgId: keyOrg };
}

/** Endpoints other than the send ones answer errors as a bare `{"error": "..."}`. */
export function errorReply(status: number, error: string): Reply {
  return { status, body: { error } };
}

/**
 * GET /v1/organizations/{orgId}/balance.json, shaped as documented at openapi.engagespark.com:
 * `{"balance": 9.98, "balanceMicro": 9980000, "balanceHuman": "9.98", "autoRecharge": false,
 * "autoRechargeThreshold": 0, "autoRechargeAmount": 0}`; `balance` is a number, `balanceHuman` a
 * string rounded down to the cent (see money.ts). The sandbox never auto-recharges.
 */
export function handleBalance(ctx: HandlerContext): Reply {
  const auth = authorizeOrg(ctx);
  if ('reply' in auth) return auth.reply;
  const micro = ctx.state.balanceOf(auth.orgId);
  return {
    status: 200,
    body: {
      balance: toDollarNumber(micro),
      balanceMicro: micro,
      balanceHuman: formatDollars(micro),
      autoRecharge: false,
      autoRechargeThreshold: 0,
      autoRechargeAmount: 0,
    },
  };
}

/**
 * GET /v1/organizations/{orgId}/messages/{messageId}/ → schema_model_sms (delivery status of a sent
 * SMS, or an inbound one), 404 when unknown.
 */
export function handleDeliveryStatus(ctx: HandlerContext): Reply {
  const auth = authorizeOrg(ctx);
  if ('reply' in auth) return auth.reply;
  const entry = findOrgMessage(ctx.state, auth.orgId, ctx.params[1] ?? '');
  if (!entry) return errorReply(404, 'not found');
  return { status: 200, body: smsModel(entry, ctx.now, ctx.deliveryStepMs) };
}
