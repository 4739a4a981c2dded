import { z } from 'zod';
import { messageIdSchema } from '../answers/fields.ts';
import {
  type LookupResult,
  lookupFailed,
  readLookupAnswer,
} from '../answers/read-lookup-answer.ts';
import type { Answer } from '../transport/exchange.ts';
import type { ApiSession } from '../transport/session.ts';

/** GET /v1/organizations/{orgId}/messages/{id}/: the delivery receipt of one sent message. */

export interface DeliveryStatus {
  telco: DeliveryState;
  phone: DeliveryState;
  /** True once engageSPARK will not update this status any more. */
  done: boolean;
  /** engageSPARK's reason when delivery failed; "" otherwise. */
  error: string;
}

export type DeliveryStatusLookup = LookupResult<{ status: DeliveryStatus }>;

/** Never throws. */
export async function getDeliveryStatus(
  session: ApiSession,
  messageId: string | number,
): Promise<DeliveryStatusLookup> {
  if (!session.ok) return lookupFailed({ kind: 'invalid', problems: session.problems });
  const id = String(messageId).trim();
  if (!isSafeMessageId(id)) return lookupFailed({ kind: 'invalid', problems: ['message-id'] });
  const url = deliveryStatusUrl(session.base, session.orgId, id);
  return session.call({ method: 'GET', url }, classifyDeliveryStatusAnswer, lookupFailed);
}

/**
 * The message id is a path segment: encoded, and checked beforehand (isSafeMessageId) so that
 * "." or ".." cannot climb out of the messages folder.
 */
export function deliveryStatusUrl(base: URL, orgId: number, messageId: string): URL {
  return new URL(`v1/organizations/${orgId}/messages/${encodeURIComponent(messageId)}/`, base);
}

export function isSafeMessageId(messageId: string): boolean {
  return /^[A-Za-z0-9._~-]{1,128}$/.test(messageId) && !/^\.{1,2}$/.test(messageId);
}

const DELIVERY_STATES = ['unknown', 'confirmed', 'failed'] as const;
type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The public delivery-receipt page documents `id` and a BOOLEAN `deliveredToTelco`; the API
 * brief this client was written from names `messageId` and a three-state `deliveredToTelco`.
 * Both are read; classifyDeliveryStatusAnswer turns them into one shape.
 */
export const deliveryStatusResponseSchema = z.looseObject({
  id: messageIdSchema.optional(),
  messageId: messageIdSchema.optional(),
  deliveredToTelco: z.union([z.enum(DELIVERY_STATES), z.boolean()]),
  deliveredToPhone: z.enum(DELIVERY_STATES),
  /** Not in every sample; derived from the states when absent. */
  done: z.boolean().optional(),
  /** Why the telco refused the message. */
  error: z.string().nullish(),
  /** Why the phone did not get it, from the delivery receipt. */
  deliveryError: z.string().nullish(),
});

type DeliveryStatusResponse = z.infer<typeof deliveryStatusResponseSchema>;

/** Turns a delivery-status answer into a result. */
function classifyDeliveryStatusAnswer(answer: Answer, nowMs: number): DeliveryStatusLookup {
  const read = readLookupAnswer(
    answer,
    nowMs,
    deliveryStatusResponseSchema,
    { kind: 'not-found' },
    'malformed',
  );
  return read.ok ? { ok: true, status: toDeliveryStatus(read.value) } : read;
}

function toDeliveryStatus(response: DeliveryStatusResponse): DeliveryStatus {
  const phone = response.deliveredToPhone;
  const done = response.done ?? (phone !== 'unknown' || hasText(response.error));
  const telco = telcoState(response.deliveredToTelco, done);
  const error = response.deliveryError?.trim() || response.error?.trim() || '';
  return { telco, phone, done, error };
}

/** A boolean `false` is "not yet" while the message is in flight, "never" once it is done. */
function telcoState(deliveredToTelco: DeliveryState | boolean, done: boolean): DeliveryState {
  if (typeof deliveredToTelco === 'string') return deliveredToTelco;
  if (deliveredToTelco) return 'confirmed';
  return done ? 'failed' : 'unknown';
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
