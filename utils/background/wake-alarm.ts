import { browser } from 'wxt/browser';

export const WAKE_ALARM = 'outbox-wake';

/** Alarms, not timers: they fire even after the browser stopped this worker to save memory. */
export async function wakeAt(at: number): Promise<void> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing && existing.scheduledTime <= at && existing.scheduledTime > Date.now()) return;
  await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, Date.now() + 1_000) });
}
