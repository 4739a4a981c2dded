import { browser } from 'wxt/browser';
import { notificationId, notificationTargetFor } from '@/utils/notifications/notification-target';
import { notificationText } from '@/utils/notifications/notification-text';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';

/** Basic notifications only: Firefox supports no other type. */
export async function showOutcomeNotification(record: MessageRecord): Promise<void> {
  const { title, message } = notificationText(record, formatDigitsForDisplay);
  const target = notificationTargetFor(record);
  await browser.notifications.create(notificationId(target, record.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}
