import { classifyLookupStatus } from './classify-lookup-status.ts';
import type { Answer } from './exchange.ts';
import type { DeliveryStatus, DeliveryStatusResult } from './lookup-result.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import {
  type DeliveryState,
  type DeliveryStatusResponse,
  deliveryStatusResponseSchema,
} from './schemas.ts';
import { describeZodError } from './zod-detail.ts';

/** Turns a delivery-status answer into a result. */
export function classifyDeliveryStatusAnswer(answer: Answer, nowMs: number): DeliveryStatusResult {
  const failure = classifyLookupStatus(answer, nowMs, { kind: 'not-found' });
  if (failure) return { ok: false, failure };
  const { status } = answer;
  const json = readJsonAnswer(answer);
  if (json.kind === 'timed-out') return { ok: false, failure: { kind: 'timeout' } };
  if (json.kind === 'broken')
    return { ok: false, failure: { kind: 'network', detail: json.detail } };
  if (json.kind === 'unreadable') {
    return { ok: false, failure: { kind: 'malformed', status, detail: json.detail } };
  }
  const parsed = deliveryStatusResponseSchema.safeParse(json.value);
  if (!parsed.success) {
    const detail = describeZodError(parsed.error);
    return { ok: false, failure: { kind: 'malformed', status, detail } };
  }
  return { ok: true, status: toDeliveryStatus(parsed.data) };
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
