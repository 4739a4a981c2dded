/**
 * A notification's id says where its click leads: a settings problem opens the options page,
 * anything else the history. Ids are `sms:<target>:<message id>`.
 */
export type NotificationTarget = 'options' | 'history';

const OPTIONS_KINDS = new Set(['auth', 'settings', 'wrong-org']);

export function notificationTargetFor(problemKind: string | undefined): NotificationTarget {
  return problemKind && OPTIONS_KINDS.has(problemKind) ? 'options' : 'history';
}

export function notificationId(target: NotificationTarget, messageId: string): string {
  return `sms:${target}:${messageId}`;
}

export function parseNotificationId(id: string): NotificationTarget | undefined {
  const target = id.split(':')[1];
  return target === 'options' || target === 'history' ? target : undefined;
}
