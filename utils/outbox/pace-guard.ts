import type { MessageRecord, Recipient } from './message-record';
import { isSameRecipient } from './same-recipient';

export const PACE_WINDOW_MS = 60_000;

type PaceDecision = { allowed: true } | { allowed: false; heldUntil: number };

/** When a message went, or will go, to the carrier; held, failed and cancelled ones never did. */
function departureTime(record: MessageRecord): number | undefined {
  if (record.status === 'sent') return record.sentAt ?? record.updatedAt;
  if (record.status === 'sending' || record.status === 'queued') return record.updatedAt;
  return undefined;
}

/**
 * Carriers silently drop more than about `limit` SMS per number per minute, so the next one waits
 * until the oldest of the last `limit` leaves the one-minute window.
 */
export function decidePace(
  records: readonly MessageRecord[],
  recipient: Recipient,
  now: number,
  limit: number,
  excludeId?: string,
): PaceDecision {
  const recent = records
    .filter((record) => record.id !== excludeId && isSameRecipient(record, recipient))
    .map(departureTime)
    .filter((time): time is number => time !== undefined && time > now - PACE_WINDOW_MS)
    .sort((a, b) => a - b);
  if (recent.length < limit) return { allowed: true };
  const oldestThatMustLeave = recent[recent.length - limit] as number;
  return { allowed: false, heldUntil: oldestThatMustLeave + PACE_WINDOW_MS };
}
