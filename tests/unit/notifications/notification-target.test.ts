import { describe, expect, it } from 'vitest';
import {
  notificationId,
  notificationTargetFor,
  parseNotificationId,
} from '@/utils/notifications/notification-target';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { makeRecord } from '../composer/make-record';

describe('notification targets', () => {
  it('sends settings problems to the options page and everything else to the history', () => {
    const failed = (failure: MessageRecord['failure']) => makeRecord({ status: 'failed', failure });
    expect(notificationTargetFor(failed({ kind: 'auth' }))).toBe('options');
    expect(notificationTargetFor(failed({ kind: 'settings-missing', missing: ['api-key'] }))).toBe(
      'options',
    );
    expect(notificationTargetFor(failed({ kind: 'funds' }))).toBe('history');
    expect(notificationTargetFor(failed(undefined))).toBe('history');
    expect(notificationTargetFor(makeRecord({ status: 'sent' }))).toBe('history');
    expect(parseNotificationId(notificationId('options', 'draft-1'))).toBe('options');
    expect(parseNotificationId('something-else')).toBeUndefined();
  });
});
