import { z } from 'zod';
import { isJsonObject } from '@/utils/api/answers/is-json-object';
import { REQUEST_PROBLEMS, type RequestProblem } from '@/utils/api/request-problem';
import { requestProblemWords } from '@/utils/failure/describe-outcome';
import type { Failure } from '@/utils/failure/failure';
import { API_URL_NOT_ALLOWED } from '@/utils/settings/api-access';
import type { MissingSetting } from '@/utils/settings/missing-settings';

/**
 * Records written before failures were codes carry `problem: {kind, title, detail}`, the words
 * of that day. They are read into a failure code, taking the data (status, server text, wait,
 * limit) back out of the words, so no history entry is lost and every surface words it anew.
 */
const legacyProblemSchema = z.object({ kind: z.string(), title: z.string(), detail: z.string() });

type LegacyProblem = z.infer<typeof legacyProblemSchema>;

/** A stored record with `problem` turned into `failure`; anything else as it was. */
export function upgradeLegacyRecord(value: unknown): unknown {
  if (!isJsonObject(value) || !('problem' in value)) return value;
  const { problem, ...rest } = value;
  if ('failure' in rest) return rest;
  const legacy = legacyProblemSchema.safeParse(problem);
  const failure = legacy.success ? failureFromLegacyProblem(legacy.data) : undefined;
  return failure ? { ...rest, failure } : rest;
}

/** The failure a legacy problem stood for; undefined when its kind was never written. */
export function failureFromLegacyProblem(problem: LegacyProblem): Failure | undefined {
  const { kind, title, detail } = problem;
  const status = errorNumber(title) ?? errorNumber(detail);
  switch (kind) {
    case 'auth':
    case 'funds':
    case 'timeout':
      return { kind };
    case 'network':
      return { kind, detail: '' };
    case 'server':
      return { kind, status: status ?? 500 };
    case 'rate-limited':
      return waitOf(detail);
    case 'malformed':
      // Words with an error number were the "not sent" kind (a 4xx); the others "may have gone".
      return { kind, status: status ?? 200, detail: '' };
    case 'unexpected-status':
      return { kind, status: status ?? statusFromTitle(title) };
    case 'invalid':
      return title === 'This message cannot be sent'
        ? { kind, origin: 'local', problems: problemsIn(detail) }
        : { kind, origin: 'server', serverError: detail };
    case 'settings':
      return settingsFailure(title, detail);
    case 'pace': {
      const limit = /more than (\d+) SMS/.exec(detail)?.[1];
      return { kind, limitPerMinute: limit ? Number(limit) : 1 };
    }
    default:
      return undefined;
  }
}

function errorNumber(text: string): number | undefined {
  const match = /\(error (\d{1,3})\)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** unexpected-status titles without a number named the status by its meaning. */
function statusFromTitle(title: string): number {
  if (/redirects/.test(title)) return 0;
  if (/not at this address/.test(title)) return 404;
  if (/timed out receiving/.test(title)) return 408;
  if (/too long/.test(title)) return 413;
  return 400;
}

function waitOf(detail: string): Failure {
  const seconds = /Wait (\d+) second/.exec(detail)?.[1];
  const minutes = /Wait (\d+) minutes/.exec(detail)?.[1];
  if (seconds) return { kind: 'rate-limited', retryAfterMs: Number(seconds) * 1000 };
  if (minutes) return { kind: 'rate-limited', retryAfterMs: Number(minutes) * 60_000 };
  return { kind: 'rate-limited' };
}

function problemsIn(detail: string): RequestProblem[] {
  return REQUEST_PROBLEMS.filter((problem) => detail.includes(requestProblemWords(problem)));
}

function settingsFailure(title: string, detail: string): Failure {
  if (title === 'Not set up yet') {
    const missing: MissingSetting[] = [];
    if (detail.includes('API key')) missing.push('api-key');
    if (detail.includes('organization ID')) missing.push('org-id');
    return { kind: 'settings-missing', missing };
  }
  const reason = title === API_URL_NOT_ALLOWED.title ? 'not-allowed' : 'no-access';
  return { kind: 'api-url-refused', reason };
}
