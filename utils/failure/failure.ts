import { z } from 'zod';
import { isOutcomeUnknown, type SendOutcome } from '@/utils/api/endpoints/send-outcome';
import { REQUEST_PROBLEMS, type RequestProblem } from '@/utils/api/request-problem';
import type { MissingSetting } from '@/utils/settings/missing-settings';

/**
 * Why a message did not go (yet), as a code and its data: never as words. Records store this;
 * describe-failure.ts turns it into words for every surface, and needsSettings below decides,
 * from the code alone, whether the user fixes it in Settings.
 */
export type SendFailure = Exclude<SendOutcome, { kind: 'sent' } | { kind: 'duplicate' }>;

/** A setting without which nothing can be sent. */

export type Failure =
  | SendFailure
  /** Nothing was sent: the API key or the organization ID is not set yet. */
  | { kind: 'settings-missing'; missing: MissingSetting[] }
  /**
   * Nothing was sent: the API URL is not one the key may go to (`not-allowed`), or the browser
   * does not let the extension reach it yet (`no-access`).
   */
  | { kind: 'api-url-refused'; reason: 'not-allowed' | 'no-access' }
  /** Not a failure: held by the pace guard, it goes out by itself. */
  | { kind: 'pace'; limitPerMinute: number }
  /** Nothing was sent: the recipient asked not to get texts (a STOP reply, or a receipt said so). */
  | {
      kind: 'opted-out';
      number: string;
      at: number;
      source: 'reply' | 'delivery-receipt';
      /** The keyword they replied, or the receipt's words. */
      said: string;
    }
  /**
   * Not a failure: held for quiet hours in the recipient's time zone; `localTime` was their time
   * when it was held, `opensAt` when it goes, in their time. `zoneCount` (absent: 1) is how many
   * zones their number may be in; `timeZone` is then the one that was quiet.
   */
  | {
      kind: 'quiet-hours';
      timeZone: string;
      localTime: string;
      opensAt: string;
      zoneCount?: number;
    };

export type FailureKind = Failure['kind'];

const statusSchema = z.number().int().min(0).max(999);
// Texts from an answer are capped when read (read-records.ts), so no bound is needed here.
const textSchema = z.string();

/** A stored failure; anything else is not written by this extension. */
export const failureSchema: z.ZodType<Failure> = z.union([
  z.strictObject({
    kind: z.literal('invalid'),
    origin: z.literal('local'),
    problems: z.array(z.enum(REQUEST_PROBLEMS)),
  }),
  z.strictObject({
    kind: z.literal('invalid'),
    origin: z.literal('server'),
    serverError: textSchema,
  }),
  z.strictObject({ kind: z.enum(['auth', 'funds', 'timeout']) }),
  z.strictObject({ kind: z.enum(['server', 'unexpected-status']), status: statusSchema }),
  z.strictObject({
    kind: z.literal('rate-limited'),
    retryAfterMs: z.number().min(0).optional(),
  }),
  z.strictObject({ kind: z.literal('network'), detail: textSchema }),
  z.strictObject({ kind: z.literal('malformed'), status: statusSchema, detail: textSchema }),
  z.strictObject({
    kind: z.literal('settings-missing'),
    missing: z.array(z.enum(['api-key', 'org-id'])),
  }),
  z.strictObject({
    kind: z.literal('api-url-refused'),
    reason: z.enum(['not-allowed', 'no-access']),
  }),
  z.strictObject({ kind: z.literal('pace'), limitPerMinute: z.number().int().positive() }),
  z.strictObject({
    kind: z.literal('opted-out'),
    number: z.string().regex(/^\d{7,15}$/),
    at: z.number(),
    source: z.enum(['reply', 'delivery-receipt']),
    said: z.string().max(200),
  }),
  z.strictObject({
    kind: z.literal('quiet-hours'),
    timeZone: z.string().max(64),
    localTime: z.string().regex(/^\d\d:\d\d$/),
    opensAt: z.string().regex(/^\d\d:\d\d$/),
    zoneCount: z.number().int().min(1).max(1000).optional(),
  }),
]);

/** Request problems the user fixes in Settings rather than in the message. */
const SETTINGS_PROBLEMS: ReadonlySet<RequestProblem> = new Set([
  'api-url',
  'api-url-insecure',
  'api-key',
  'org-id',
]);

/**
 * Whether the user fixes this in Settings: a refused key, missing settings, or an API URL that
 * leads somewhere else (a redirect, nothing at that address, answers that are not the API's).
 * The composer's "Open Settings" and the notification's click both ask this, and nothing else.
 */
export function needsSettings(failure: Failure): boolean {
  switch (failure.kind) {
    case 'settings-missing':
    case 'api-url-refused':
    case 'auth':
      return true;
    case 'invalid':
      return (
        failure.origin === 'local' &&
        failure.problems.some((problem) => SETTINGS_PROBLEMS.has(problem))
      );
    case 'unexpected-status':
      return isWrongAddressStatus(failure.status);
    // An unreadable refusal (a 4xx page) most likely comes from something that is not the API.
    case 'malformed':
      return !isOutcomeUnknown(failure);
    default:
      return false;
  }
}

/** A redirect (0 in a browser, 3xx) or nothing at that address (404, 405): the API URL is wrong. */
function isWrongAddressStatus(status: number): boolean {
  return status === 0 || (status >= 300 && status < 400) || status === 404 || status === 405;
}
