import type { MessageRecord } from '@/utils/outbox/message-record';
import { recordDigits } from '@/utils/outbox/same-recipient';

/**
 * A reply counts when its number was texted from this extension within this window: the
 * organization's number is shared by a whole team, and their conversations are not this user's.
 */
export const TEXTED_WINDOW_MS = 30 * 24 * 60 * 60_000;

/** When a record went out: engageSPARK's acceptance, else when it was written. */
function sentAtOf(record: MessageRecord): number {
  return record.sentAt ?? record.createdAt;
}

/** Each number texted (sent) within the window, with the time of the first such send. */
export function textedNumbers(
  records: readonly MessageRecord[],
  nowMs: number,
): Map<string, number> {
  const since = nowMs - TEXTED_WINDOW_MS;
  const numbers = new Map<string, number>();
  for (const record of records) {
    const digits = recordDigits(record);
    const at = sentAtOf(record);
    if (record.status !== 'sent' || digits === undefined || at < since) continue;
    numbers.set(digits, Math.min(at, numbers.get(digits) ?? at));
  }
  return numbers;
}

/** Every number the history still holds a message to, whatever became of it. */
export function historyNumbers(records: readonly MessageRecord[]): Set<string> {
  return new Set(records.flatMap((record) => recordDigits(record) ?? []));
}

/** The last time this extension sent anything, or undefined. */
export function lastSentAt(records: readonly MessageRecord[]): number | undefined {
  const times = records.filter((record) => record.status === 'sent').map(sentAtOf);
  return times.length > 0 ? Math.max(...times) : undefined;
}
