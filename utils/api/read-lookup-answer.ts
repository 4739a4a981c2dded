import type { z } from 'zod';
import { classifyLookupStatus } from './classify-lookup-status.ts';
import type { Answer } from './exchange.ts';
import type { LookupFailure } from './lookup-result.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { describeZodError } from './zod-detail.ts';

export type LookupAnswer<T> = { ok: true; value: T } | { ok: false; failure: LookupFailure };

/**
 * The steps every read-only lookup shares: the status, then the body as JSON, then its shape.
 * `notFound` is what a JSON 404 means for this lookup; `unreadable` is the kind given to a 2xx
 * body that is not the expected JSON (for the balance: "not engageSPARK at all").
 */
export function readLookupAnswer<T>(
  answer: Answer,
  nowMs: number,
  schema: z.ZodType<T>,
  notFound: LookupFailure,
  unreadable: 'not-engagespark' | 'malformed',
): LookupAnswer<T> {
  const failure = classifyLookupStatus(answer, nowMs, notFound);
  if (failure) return { ok: false, failure };
  const { status } = answer;
  const json = readJsonAnswer(answer);
  if (json.kind === 'timed-out') return { ok: false, failure: { kind: 'timeout' } };
  if (json.kind === 'broken')
    return { ok: false, failure: { kind: 'network', detail: json.detail } };
  if (json.kind === 'unreadable')
    return { ok: false, failure: { kind: unreadable, status, detail: json.detail } };
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    return {
      ok: false,
      failure: { kind: unreadable, status, detail: describeZodError(parsed.error) },
    };
  }
  return { ok: true, value: parsed.data };
}
