import { needsSettings } from '@/utils/failure/failure';
import type { MessageRecord } from '@/utils/outbox/message-record';

/**
 * A notification's id says where its click leads: a settings problem opens the options page,
 * anything else the history. Ids are `sms:<target>:<message id>`.
 */
type NotificationTarget = 'options' | 'history';

/** The options page when the user fixes the failure in Settings (the composer's rule too). */
export function notificationTargetFor(record: MessageRecord): NotificationTarget {
  if (record.status === 'sent' || !record.failure) return 'history';
  return needsSettings(record.failure) ? 'options' : 'history';
}

export function notificationId(target: NotificationTarget, messageId: string): string {
  return `sms:${target}:${messageId}`;
}

export function parseNotificationId(id: string): NotificationTarget | undefined {
  const target = id.split(':')[1];
  return target === 'options' || target === 'history' ? target : undefined;
}
