import { describeFailure } from '@/utils/failure/describe-failure';
import { formatMicro } from '@/utils/format/format-micro';
import { describeRecipient } from '@/utils/outbox/describe-recipient';
import type { MessageRecord } from '@/utils/outbox/message-record';

type NotificationText = { title: string; message: string };

/**
 * engageSPARK's `estimate` is the whole message's price in dollars; `estimateMicro` is the price of
 * one part (its docs: "price per part"), so it is multiplied only when `estimate` is missing.
 */
function messageCost(record: MessageRecord): string {
  const total = Number.parseFloat(record.estimate ?? '');
  if (Number.isFinite(total)) return ` · ${formatMicro(Math.round(total * 1_000_000))}`;
  if (record.estimateMicro !== undefined)
    return ` · ${formatMicro(record.estimateMicro * (record.parts ?? 1))}`;
  return '';
}

/** "SMS sent to +63 917 123 4567 · 1 part · $0.02", or why it was not sent, in plain words. */
export function notificationText(
  record: MessageRecord,
  formatDigits: (digits: string) => string,
): NotificationText {
  const to = describeRecipient(record, { inSentence: true, formatDigits });
  if (record.status === 'sent') {
    const parts = `${record.parts ?? 1} part${record.parts === 1 ? '' : 's'}`;
    const cost = messageCost(record);
    return { title: 'SMS sent', message: `SMS sent to ${to} · ${parts}${cost}` };
  }
  const title = record.outcomeUnknown
    ? `SMS to ${to} may not have been sent`
    : `SMS not sent to ${to}`;
  const failure = record.failure && describeFailure(record.failure);
  return {
    title,
    message: failure
      ? [failure.title, failure.line].filter(Boolean).join(' — ')
      : 'Open the history for details.',
  };
}
