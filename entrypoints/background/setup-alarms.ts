import { browser } from 'wxt/browser';
import { connect } from '@/utils/background/connect';
import { pollDeliveries } from '@/utils/outbox/delivery-tracker';
import { messageStore, sendService, WAKE_ALARM } from './services';

/** One alarm drives retries, held messages and delivery receipts alike. */
export async function runDueWork(
  options: { startup?: boolean; deliveriesDueWithinMs?: number } = {},
): Promise<void> {
  await sendService.processDue(options);
  const connection = await connect();
  const dueBy = Date.now() + (options.deliveriesDueWithinMs ?? 0);
  if ('api' in connection) await pollDeliveries(messageStore, connection.api, Date.now, dueBy);
  await sendService.scheduleNextWake();
}

export function setupAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void runDueWork();
  });
}
