import { classifyLookupStatus } from './classify-lookup-status.ts';
import type { Answer } from './exchange.ts';
import type { DeliveryStatusResult } from './lookup-result.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { deliveryStatusResponseSchema } from './schemas.ts';
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
  const { deliveredToTelco, deliveredToPhone, done, deliveryError } = parsed.data;
  return {
    ok: true,
    status: { telco: deliveredToTelco, phone: deliveredToPhone, done, error: deliveryError ?? '' },
  };
}
