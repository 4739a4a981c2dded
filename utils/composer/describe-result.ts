import { describeFailure } from '@/utils/failure/describe-failure';
import type { OutcomeDescription } from '@/utils/failure/describe-outcome';
import { needsSettings } from '@/utils/failure/failure';
import { describeRecipient } from '@/utils/outbox/describe-recipient';
import type { MessageRecord } from '@/utils/outbox/message-record';
import {
  describeStatus,
  formatEstimate,
  formatLocalTime,
  type StatusTone,
} from './describe-record';

export type ResultAction = 'new-message' | 'edit' | 'cancel' | 'retry' | 'open-settings';

/** What replaces the Send button once the background has the message, in plain words. */
type ResultView = {
  tone: StatusTone;
  /** Failures interrupt (alert); everything else is news that can wait its turn (status). */
  role: 'status' | 'alert';
  title: string;
  lines: string[];
  facts: { label: string; value: string }[];
  actions: ResultAction[];
};

const KEPT = 'Your message is still here: correct it and press Send again.';
const SAFE_RETRY =
  'Try again sends it under the same label, so engageSPARK will not send it twice.';

/** The words for the record's failure; undefined when it has none. */
function failureWords(record: MessageRecord): OutcomeDescription | undefined {
  return record.failure && describeFailure(record.failure);
}

function sentFacts(record: MessageRecord, locale: string | undefined): ResultView['facts'] {
  const facts = [{ label: 'To', value: describeRecipient(record) }];
  if (record.messageId) facts.push({ label: 'Message ID', value: record.messageId });
  if (record.parts !== undefined) facts.push({ label: 'Parts', value: String(record.parts) });
  const estimate = formatEstimate(record.estimate);
  if (estimate) facts.push({ label: 'Estimated cost', value: estimate });
  const deadline = formatLocalTime(record.deliveryDeadline, locale);
  if (deadline) facts.push({ label: 'Delivery by', value: deadline });
  return facts;
}

function failedView(record: MessageRecord): ResultView {
  const problem = failureWords(record) ?? { title: 'Not sent', line: '' };
  const settings: ResultAction[] =
    record.failure && needsSettings(record.failure) ? ['open-settings'] : [];
  const detail = problem.line ? [problem.line] : [];
  if (record.outcomeUnknown) {
    return {
      tone: 'problem',
      role: 'alert',
      title: 'May not have been sent',
      lines: [problem.title, ...detail, SAFE_RETRY],
      facts: [],
      actions: ['retry', ...settings, 'edit'],
    };
  }
  return {
    tone: 'problem',
    role: 'alert',
    title: problem.title,
    lines: [...detail, KEPT],
    facts: [],
    actions: [...settings, 'edit'],
  };
}

/**
 * While the outbox retries by itself, the stored problem's advice ("check the message log before
 * sending it again") is not true yet: every attempt carries the same clientDedup, so engageSPARK
 * sends it at most once, and there is nothing to do. That advice is for the end state, failed
 * with outcomeUnknown ("May not have been sent").
 */
export const RETRYING =
  'The extension is trying again by itself under the same label, so engageSPARK cannot send it twice. Nothing to do yet; you can close this window.';

function waitingLines(record: MessageRecord): string[] {
  const problem = failureWords(record);
  if (record.outcomeUnknown) return [problem?.title ?? '', RETRYING].filter((line) => line !== '');
  if (problem) return [problem.title, problem.line].filter((line) => line !== '');
  return ['It goes out in a moment; you can close this window.'];
}

export function describeResult(record: MessageRecord, now: number, locale?: string): ResultView {
  const status = describeStatus(record, now);
  switch (record.status) {
    case 'sent':
      return {
        tone: status.tone,
        role: 'status',
        title: status.word,
        lines: [],
        facts: sentFacts(record, locale),
        actions: ['new-message'],
      };
    case 'failed':
      return failedView(record);
    case 'queued':
      return {
        tone: 'waiting',
        role: 'status',
        title: record.outcomeUnknown ? 'Not confirmed yet — trying again' : 'Queued',
        lines: waitingLines(record),
        facts: [],
        actions: ['cancel'],
      };
    case 'held':
      return {
        tone: 'waiting',
        role: 'status',
        title: status.word,
        lines: [failureWords(record)?.line || 'It goes out by itself when the time comes.'],
        facts: [],
        actions: ['cancel'],
      };
    case 'sending':
      return {
        tone: 'waiting',
        role: 'status',
        title: record.outcomeUnknown ? 'Trying again…' : 'Sending…',
        lines: record.outcomeUnknown ? [RETRYING] : [],
        facts: [],
        actions: [],
      };
    case 'cancelled':
      return {
        tone: 'neutral',
        role: 'status',
        title: 'Cancelled',
        lines: ['Nothing was sent. Your message is still here.'],
        facts: [],
        actions: ['edit'],
      };
  }
}
