import { describeFailure } from '@/utils/failure/describe-failure';
import type { MessageRecord } from '@/utils/outbox/message-record';

export type StatusTone = 'ok' | 'waiting' | 'problem' | 'neutral';
export type RecordAction = 'cancel' | 'retry' | 'send-again';

/** "0:42", "12:05", "9:46:00" (a quiet-hours hold): time left, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const seconds = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes}:${seconds}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${seconds}`;
}

export function firstLine(text: string, max = 80): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function sentStatus(record: MessageRecord): { word: string; tone: StatusTone } {
  switch (record.delivery) {
    case 'delivered':
      return { word: 'Delivered', tone: 'ok' };
    case 'delivered-to-telco':
      return { word: 'Delivered to carrier', tone: 'ok' };
    case 'failed':
      return {
        word: `Failed: ${record.deliveryError || 'not delivered to the phone'}`,
        tone: 'problem',
      };
    default:
      return { word: 'Sent', tone: 'ok' };
  }
}

/** One status word for the history and the result; a failure's title comes from its code. */
export function describeStatus(
  record: MessageRecord,
  now: number,
): { word: string; tone: StatusTone } {
  switch (record.status) {
    case 'queued':
      return { word: record.outcomeUnknown ? 'Queued — trying again' : 'Queued', tone: 'waiting' };
    case 'sending':
      return { word: 'Sending', tone: 'waiting' };
    case 'held':
      return {
        word: `Held — sends in ${formatCountdown((record.heldUntil ?? now) - now)}`,
        tone: 'waiting',
      };
    case 'sent':
      return sentStatus(record);
    case 'failed':
      if (record.outcomeUnknown) return { word: 'May not have been sent', tone: 'problem' };
      return {
        word: `Failed: ${record.failure ? describeFailure(record.failure).title : 'not sent'}`,
        tone: 'problem',
      };
    case 'cancelled':
      return { word: 'Cancelled', tone: 'neutral' };
  }
}

/** What makes sense for a message: stop one that waits, retry a failure, reuse one that went. */
export function recordActions(record: MessageRecord): RecordAction[] {
  switch (record.status) {
    case 'queued':
    case 'held':
      return ['cancel'];
    case 'failed':
      return ['retry'];
    case 'sent':
    case 'cancelled':
      return ['send-again'];
    default:
      return [];
  }
}

/** "$0.04" from engageSPARK's decimal text ("0.04"); undefined when it did not say. */
export function formatEstimate(estimate: string | undefined): string | undefined {
  return estimate && /^\d+(\.\d+)?$/.test(estimate) ? `$${estimate}` : undefined;
}

/** The delivery deadline in the user's own time zone and language. */
export function formatLocalTime(
  iso: string | number | undefined,
  locale?: string,
): string | undefined {
  if (iso === undefined || iso === '') return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** When a message was written: the time alone today, the date too on other days. */
export function formatWhen(at: number, now: number, locale?: string): string {
  const date = new Date(at);
  const today = new Date(now).toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString(locale, { timeStyle: 'short' })
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
