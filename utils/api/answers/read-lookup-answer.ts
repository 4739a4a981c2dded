import type { z } from 'zod';
import type { RequestProblem } from '../request-problem.ts';
import type { Answer } from '../transport/exchange.ts';
import { isJsonObject } from './is-json-object.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { rateLimitedOutcome } from './retry-after.ts';
import { describeZodError } from './zod-detail.ts';

/**
 * Every way a read-only lookup (balance, delivery status, any GET to come) can fail. The balance
 * lookup doubles as the "test connection" of the Settings page, hence the kinds that tell
 * settings apart.
 */
export type LookupFailure =
  /** Settings or arguments this client refused to use. */
  | { kind: 'invalid'; problems: RequestProblem[] }
  /** 401: the API key was refused. */
  | { kind: 'auth' }
  /**
   * The key was accepted but this organization is not reachable with it: 403, or a JSON 404 on
   * the balance (engageSPARK answers JSON; the organization id does not exist for this key).
   */
  | { kind: 'wrong-org'; status: number }
  /** A JSON 404 on the delivery status: no such message in this organization. */
  | { kind: 'not-found' }
  /**
   * The API URL reaches something that is not engageSPARK: an HTML page or foreign JSON on a
   * 2xx balance, or a non-JSON 404 (a website, not the API).
   */
  | { kind: 'not-engagespark'; status: number; detail: string }
  | { kind: 'server'; status: number }
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  /** A delivery status answer that cannot be read. */
  | { kind: 'malformed'; status: number; detail: string }
  | { kind: 'unexpected-status'; status: number };

export type LookupResult<T> = ({ ok: true } & T) | { ok: false; failure: LookupFailure };

type LookupAnswer<T> = { ok: true; value: T } | { ok: false; failure: LookupFailure };

export function lookupFailed(failure: LookupFailure): { ok: false; failure: LookupFailure } {
  return { ok: false, failure };
}

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

/**
 * The failures shared by the lookups, decided by the status alone; undefined for a 2xx, whose
 * body the caller reads. `jsonNotFound` is what a JSON 404 means for that lookup; a 404 that is
 * not JSON comes from a website, not from the API.
 */
function classifyLookupStatus(
  answer: Answer,
  nowMs: number,
  jsonNotFound: LookupFailure,
): LookupFailure | undefined {
  const { status } = answer;
  if (status >= 200 && status < 300) return undefined;
  if (status === 401) return { kind: 'auth' };
  // The key authenticated (or it would be a 401) but may not see this organization.
  if (status === 403) return { kind: 'wrong-org', status };
  if (status === 404) return notFound(answer, jsonNotFound);
  if (status === 429) return rateLimitedOutcome(answer.headers, nowMs);
  if (status >= 500 && status <= 599) return { kind: 'server', status };
  return { kind: 'unexpected-status', status };
}

function notFound(answer: Answer, jsonNotFound: LookupFailure): LookupFailure {
  const json = readJsonAnswer(answer);
  if (json.kind === 'json' && isJsonObject(json.value)) return jsonNotFound;
  const detail = json.kind === 'json' ? 'a 404 that is not an API answer' : describeBody(json);
  return { kind: 'not-engagespark', status: answer.status, detail };
}

function describeBody(json: Exclude<ReturnType<typeof readJsonAnswer>, { kind: 'json' }>): string {
  return json.kind === 'timed-out' ? 'timed out reading the body' : json.detail;
}
