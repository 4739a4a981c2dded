/**
 * Milliseconds to wait according to a Retry-After header, which is either delay-seconds or an
 * HTTP date; undefined when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Date.parse would also accept "1.5" or "-3"; only real HTTP dates name a weekday or month.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The outcome of a 429, with the wait time when the server gave one. */
export function rateLimitedOutcome(
  headers: Headers,
  nowMs: number,
): { kind: 'rate-limited'; retryAfterMs?: number } {
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'), nowMs);
  return retryAfterMs === undefined
    ? { kind: 'rate-limited' }
    : { kind: 'rate-limited', retryAfterMs };
}
