import type { MessageRecord } from '@/utils/outbox/message-record';

/** A history entry with sensible defaults; each test states only what it is about. */
export function makeRecord(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    id: 'record-0001',
    clientRef: 'click-to-sms:record-0001',
    createdAt: 1_000_000,
    updatedAt: 1_000_000,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'Hello',
    status: 'sent',
    attempts: 1,
    ...overrides,
  };
}
