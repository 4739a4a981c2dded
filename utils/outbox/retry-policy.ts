/**
 * Retries of a send whose outcome is unknown. They are safe because every retry carries the same
 * clientDedup, so engageSPARK never sends it twice; the backoff keeps a struggling server from
 * being hammered. After MAX_ATTEMPTS the message is marked failed ("may have been sent") and the
 * user decides; "Try again" then reuses the same clientDedup too.
 */
export const MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Delay before attempt number `attemptsMade + 1`: 5 s, 10 s, 20 s … capped at 5 minutes. */
export function retryDelayMs(attemptsMade: number, retryAfterMs?: number): number {
  const backoff = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attemptsMade - 1), MAX_DELAY_MS);
  return retryAfterMs === undefined
    ? backoff
    : Math.min(Math.max(backoff, retryAfterMs), MAX_DELAY_MS * 2);
}

export function shouldRetry(attemptsMade: number): boolean {
  return attemptsMade < MAX_ATTEMPTS;
}
