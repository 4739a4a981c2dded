import type { Answer } from './exchange.ts';
import type { DeliveryStatus, DeliveryStatusResult } from './lookup-result.ts';
import { readLookupAnswer } from './read-lookup-answer.ts';
import {
  type DeliveryState,
  type DeliveryStatusResponse,
  deliveryStatusResponseSchema,
} from './schemas.ts';

/** Turns a delivery-status answer into a result. */
export function classifyDeliveryStatusAnswer(answer: Answer, nowMs: number): DeliveryStatusResult {
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
