import type { RequestProblem } from '../request-problem.ts';

/** What engageSPARK reported about an accepted message (a 200, or the original behind a 409). */
export interface AcceptedMessage {
  messageId: string;
  parts: number;
  estimateMicro: number;
  /** Decimal text as the server wrote it, e.g. "0.0140"; "" when it did not say. */
  estimate: string;
  /** ISO time by which engageSPARK promises delivery; "" when it did not say. */
  deliveryDeadline: string;
  /** null when the server did not name a contact (the phonenumber endpoint answers 0). */
  contactId: number | null;
  /** International digits; null when the server did not echo them. */
  to: string | null;
}

/**
 * Every way a send can end. Errors are values: sendSms never throws.
 *
 * HTTP statuses without a kind of their own end up in `unexpected-status`:
 * - 0 / 3xx: the API address redirects (http → https, a moved host); redirects are not followed so
 *   the API key is never sent to a host the user did not configure. Nothing was processed.
 * - 404 / 405: nothing answers at that address: the API URL in Settings is wrong.
 * - 408: the server gave up waiting for our request; it did not process it.
 * - 413: the request (in practice: the message) is too large.
 * - any other 4xx: refused for a reason this client does not know.
 */
export type SendOutcome =
  | ({ kind: 'sent' } & AcceptedMessage)
  /** 409: this clientDedup was already used. Nothing new was sent; the fields are the original's. */
  | ({ kind: 'duplicate' } & AcceptedMessage)
  /** 400 with engageSPARK's own words, or a request this client refused to send at all. */
  | { kind: 'invalid'; origin: 'server'; serverError: string }
  | { kind: 'invalid'; origin: 'local'; problems: RequestProblem[] }
  /** 401 or 403: the API key was refused. */
  | { kind: 'auth' }
  /** 402: the organization has no money left. */
  | { kind: 'funds' }
  /** 5xx, whatever the body. */
  | { kind: 'server'; status: number }
  /** 429; `retryAfterMs` when the server said how long to wait. */
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'timeout' }
  /** The connection failed or broke, before or while the answer was read. */
  | { kind: 'network'; detail: string }
  /** An answer that cannot be read: not JSON, wrong shape, too large, `error` inside a 200, … */
  | { kind: 'malformed'; status: number; detail: string }
  | { kind: 'unexpected-status'; status: number };

/**
 * True when the message MAY have been sent and the safe move is to retry with the SAME
 * clientDedup; false when the outcome is final.
 *
 * Why this matters: engageSPARK never sends the same clientDedup twice (a repeat gets a 409 with
 * the original's fields), so a retry with the same clientDedup can never double-charge. The two
 * ways to get it wrong are:
 * - calling a possibly-sent message "failed": the user sends it again from scratch, with a NEW
 *   clientDedup, and the recipient gets it twice (and the org pays twice);
 * - calling a definite refusal "unknown": the caller retries a request that can never succeed,
 *   and the user waits for nothing.
 * So anything where the server may have acted is unknown; only answers that prove the server did
 * not act (or acted and told us exactly what) are final.
 */
export function isOutcomeUnknown(outcome: SendOutcome): boolean {
  switch (outcome.kind) {
    // Final: the server told us what happened to the message.
    case 'sent':
    case 'duplicate':
      return false;
    // Final: the server refused before sending; the same request will be refused again.
    case 'invalid':
    case 'auth':
    case 'funds':
      return false;
    // Unknown: the request may have reached the server and been processed before the answer
    // was lost, cut off, or not waited for.
    case 'network':
    case 'timeout':
      return true;
    // Unknown: a 5xx can come after the message was queued (500 from the app mid-request, 502/504
    // from a proxy that gave up waiting on an app that kept going).
    case 'server':
      return true;
    // Not processed, but "try again later" is exactly the retry the server asks for, and it
    // must keep the same clientDedup in case an earlier attempt did go through.
    case 'rate-limited':
      return true;
    case 'malformed':
      return isUnreadableAnswerUnknown(outcome.status);
    case 'unexpected-status':
      // 408: the server timed out reading our request. It says it did not process it, but it
      // invites a retry, and an intermediary that timed out may have passed it on anyway.
      return outcome.status === 408;
  }
}

/**
 * An unreadable body is unknown when its status does not settle the question by itself:
 * - 2xx: the server says it worked, but we could not see the messageId: it was probably sent;
 * - 409: the clientDedup was used before, so the message was sent; a retry is harmless and may
 *   yet return a readable original (never offer a fresh send after this one);
 * - 5xx: as for `server`.
 * A 4xx (400 from a proxy, an HTML 403 page, …) or a redirect means nothing was processed.
 */
function isUnreadableAnswerUnknown(status: number): boolean {
  return (status >= 200 && status < 300) || status === 409 || status >= 500;
}
