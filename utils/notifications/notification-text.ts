import { formatMicro } from '@/utils/format/format-micro';
import type { MessageRecord } from '@/utils/outbox/message-record';

export type NotificationText = { title: string; message: string };

/** How a recipient is named to the user: always rebuilt from the digits that were sent. */
export function recipientLabel(
  record: MessageRecord,
  formatDigits: (digits: string) => string,
): string {
  if ('to' in record.recipient) return formatDigits(record.recipient.to);
  return record.sentTo
    ? `contact ${record.recipient.contactId} (${formatDigits(record.sentTo)})`
    : `contact ${record.recipient.contactId}`;
}

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
  const to = recipientLabel(record, formatDigits);
  if (record.status === 'sent') {
    const parts = `${record.parts ?? 1} part${record.parts === 1 ? '' : 's'}`;
    const cost = messageCost(record);
    return { title: 'SMS sent', message: `SMS sent to ${to} · ${parts}${cost}` };
  }
  const title = record.outcomeUnknown
    ? `SMS to ${to} may not have been sent`
    : `SMS not sent to ${to}`;
  const problem = record.problem;
  return {
    title,
    message: problem
      ? [problem.title, problem.detail].filter(Boolean).join(' — ')
      : 'Open the history for details.',
  };
}
