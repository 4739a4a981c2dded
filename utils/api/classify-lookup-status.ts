import type { Answer } from './exchange.ts';
import { isJsonObject } from './is-json-object.ts';
import type { LookupFailure } from './lookup-result.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { rateLimitedOutcome } from './retry-after.ts';

/**
 * The failures shared by the balance and delivery-status lookups, decided by the status alone;
 * undefined for a 2xx, whose body the caller reads. `jsonNotFound` is what a JSON 404 means for
 * that lookup; a 404 that is not JSON comes from a website, not from the API.
 */
export function classifyLookupStatus(
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
