import type { DeliveryStatus, DeliveryStatusLookup } from '@/utils/api/endpoints/delivery-status';
import type { Delivery, MessageRecord } from './message-record';
import type { MessageStore } from './message-store';

/** The slice of the engageSPARK client that delivery receipts need; it never throws. */
export type DeliveryStatusApi = {
  getDeliveryStatus(messageId: string): Promise<DeliveryStatusLookup>;
};

/** A modest rate: at most this many status requests per wake, each message backing off to 30 min. */
const MAX_POLLS_PER_WAKE = 10;
/** The first receipt is asked for this long after engageSPARK accepted the message. */
export const FIRST_DELIVERY_POLL_MS = 5_000;
const MAX_POLL_DELAY_MS = 30 * 60_000;

export function nextPollDelayMs(pollsMade: number): number {
  return Math.min(FIRST_DELIVERY_POLL_MS * 2 ** pollsMade, MAX_POLL_DELAY_MS);
}

/** Reads engageSPARK's status as one word for the history. */
export function deliveryFromStatus(status: DeliveryStatus): { delivery: Delivery; final: boolean } {
  if (status.phone === 'confirmed') return { delivery: 'delivered', final: true };
  if (status.phone === 'failed' || status.telco === 'failed')
    return { delivery: 'failed', final: true };
  if (status.telco === 'confirmed') return { delivery: 'delivered-to-telco', final: status.done };
  return { delivery: status.done ? 'unknown' : 'pending', final: status.done };
}

function isTracked(record: MessageRecord): boolean {
  return (
    record.status === 'sent' &&
    record.messageId !== undefined &&
    record.nextDeliveryPollAt !== undefined
  );
}

function pastDeadline(record: MessageRecord, now: number): boolean {
  const deadline = Date.parse(record.deliveryDeadline ?? '');
  return Number.isFinite(deadline) && now > deadline;
}

/**
 * Follows sent messages until engageSPARK says they are done or their delivery deadline passes.
 * `dueBy` lets the history ask early when the user opens it: polls due by then run now.
 */
export async function pollDeliveries(
  store: MessageStore,
  api: DeliveryStatusApi,
  now: () => number,
  dueBy = now(),
): Promise<void> {
  const due = (await store.list())
    .filter((record) => isTracked(record) && (record.nextDeliveryPollAt ?? 0) <= dueBy)
    .slice(0, MAX_POLLS_PER_WAKE);
  for (const record of due) {
    const result = await api.getDeliveryStatus(record.messageId as string);
    await store.mutate((records) => ({
      records: records.map((current) =>
        current.id === record.id ? applyPoll(current, result, now()) : current,
      ),
      result: undefined,
    }));
  }
}

function applyPoll(
  record: MessageRecord,
  result: DeliveryStatusLookup,
  now: number,
): MessageRecord {
  const polls = (record.deliveryPolls ?? 0) + 1;
  const next = {
    ...record,
    deliveryPolls: polls,
    nextDeliveryPollAt: now + nextPollDelayMs(polls),
  };
  if (result.ok) {
    const { delivery, final } = deliveryFromStatus(result.status);
    const settled = { ...next, delivery, deliveryError: result.status.error || undefined };
    if (final) return { ...settled, nextDeliveryPollAt: undefined };
    return pastDeadline(record, now)
      ? { ...settled, delivery: 'unknown', nextDeliveryPollAt: undefined }
      : settled;
  }
  // A failed lookup says nothing about the message: keep trying, slower, until the deadline.
  return pastDeadline(record, now)
    ? { ...next, delivery: 'unknown', nextDeliveryPollAt: undefined }
    : next;
}
