import { browser } from 'wxt/browser';
import { DEFAULT_TIMEOUT_MS } from '@/utils/api/client';
import { connect } from '@/utils/background/connect';
import { createMessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { showOutcomeNotification } from './setup-notifications';

export const WAKE_ALARM = 'outbox-wake';

/** Alarms, not timers: they fire even after the browser stopped this worker to save memory. */
async function wakeAt(at: number): Promise<void> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing && existing.scheduledTime <= at && existing.scheduledTime > Date.now()) return;
  await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, Date.now() + 1_000) });
}

export const messageStore = createMessageStore();

export const sendService = createSendService({
  store: messageStore,
  now: Date.now,
  connect,
  wakeAt: (at) => void wakeAt(at),
  onFinished: (record) => void showOutcomeNotification(record),
  requestTimeoutMs: DEFAULT_TIMEOUT_MS,
});
