import type { Schedule } from './slice-queue';

/** The part of WXT's ContentScriptContext used here: its timers stop when the script is unloaded. */
export type IdleScheduler = {
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
};

/**
 * Slices run when the page is idle; the timeout guarantees progress on a page that never idles.
 * A page with work of its own delays marking, never the other way round.
 */
export function idleSchedule(context: IdleScheduler, timeoutMs = 200): Schedule {
  return (run) => {
    context.requestIdleCallback(() => run(), { timeout: timeoutMs });
  };
}
