import type { CachedBalance } from '@/utils/balance/balance-store';
import { findOptOut, type OptOutList } from '@/utils/consent/opt-out-store';
import type { QuietHours } from '@/utils/consent/quiet-hours';
import { describeFailure, describeOptOut } from '@/utils/failure/describe-failure';
import { decideConsent, knownDigits } from '@/utils/outbox/consent-guard';
import type { MessageRecord, Recipient } from '@/utils/outbox/message-record';
import { decidePace } from '@/utils/outbox/pace-guard';
import { isSameRecipient } from '@/utils/outbox/same-recipient';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import type { CostEstimate } from './estimate-cost';

const REPEAT_WINDOW_MS = 60_000;

export type ComposerWarning = {
  kind: 'balance' | 'pace' | 'repeat' | 'opted-out' | 'quiet-hours';
  text: string;
};

export type WarningInputs = {
  /** The draft's id, which its own message carries once submitted: that one is no repeat. */
  draftId: string;
  recipient: Recipient | undefined;
  message: string;
  records: readonly MessageRecord[];
  now: number;
  paceLimitPerMinute: number;
  balance: CachedBalance | undefined;
  estimate: CostEstimate;
  /** The opt-out list and the quiet hours: the outbox's own guard, explained beforehand. */
  optOuts?: OptOutList;
  quietHours?: QuietHours;
  defaultCountry?: string;
  /** The engageSPARK contact's name, once the lookup has answered: "Maria Santos replied STOP…". */
  recipientName?: string;
};

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function balanceWarning({ balance, estimate }: WarningInputs): ComposerWarning | undefined {
  if (!balance || !estimate.known || balance.balanceMicro >= estimate.micro) return undefined;
  return {
    kind: 'balance',
    text: `Your balance (${balance.display}) is lower than the estimated cost (${estimate.display}): engageSPARK will refuse it. Top up first.`,
  };
}

function paceWarning({
  draftId,
  recipient,
  records,
  now,
  paceLimitPerMinute,
}: WarningInputs): ComposerWarning | undefined {
  if (!recipient) return undefined;
  // The draft's own message, once on its way, does not make itself wait.
  const pace = decidePace(records, recipient, now, paceLimitPerMinute, draftId);
  if (pace.allowed) return undefined;
  return {
    kind: 'pace',
    text: `This would wait about ${seconds(pace.heldUntil - now)} s before it goes: carriers drop more than ${paceLimitPerMinute} SMS per number per minute.`,
  };
}

/** Cancelled and plainly refused messages never reached anyone: sending those again is no repeat. */
function mayHaveGone(record: MessageRecord): boolean {
  if (record.status === 'cancelled') return false;
  return record.status !== 'failed' || record.outcomeUnknown === true;
}

/**
 * The same words to the same person within a minute is nearly always a double click or a second
 * window. Only an earlier message counts: the one this draft is sending (same id, so it can never
 * go twice) is not a repeat of itself.
 */
function repeatWarning({
  draftId,
  recipient,
  message,
  records,
  now,
}: WarningInputs): ComposerWarning | undefined {
  if (!recipient || message.trim() === '') return undefined;
  const repeat = records.find(
    (record) =>
      record.id !== draftId &&
      mayHaveGone(record) &&
      record.createdAt > now - REPEAT_WINDOW_MS &&
      record.message === message &&
      isSameRecipient(record, recipient),
  );
  if (!repeat) return undefined;
  const ago = seconds(now - repeat.createdAt);
  return {
    kind: 'repeat',
    text:
      repeat.status === 'failed'
        ? `This same text to this recipient may have gone out ${ago} s ago (it was not confirmed).`
        : `You sent this same text to this recipient ${ago} s ago.`,
  };
}

/**
 * What the outbox's consent guard (consent-guard.ts) will decide, in its own words: an opt-out
 * (Send is refused; composer-state.ts makes it a blocker) or quiet hours (it will be held).
 */
export function consentWarning({
  recipient,
  records,
  now,
  optOuts,
  quietHours,
  defaultCountry,
  recipientName,
}: WarningInputs): ComposerWarning | undefined {
  if (!recipient) return undefined;
  const digits = knownDigits(records, recipient);
  const decision = decideConsent({
    digits,
    optOut: optOuts && digits ? findOptOut(optOuts, digits) : undefined,
    quietHours: quietHours ?? false,
    defaultCountry: defaultCountry ?? '',
    quietHoursOverridden: false,
    now,
  });
  if (decision.allowed) return undefined;
  if ('refused' in decision)
    return {
      kind: 'opted-out',
      text: `${describeOptOut(decision.refused, recipientName ?? formatDigitsForDisplay(decision.refused.number))} Texts to this number are refused.`,
    };
  return {
    kind: 'quiet-hours',
    text: `${describeFailure(decision.held).line} Send holds it until then; you can cancel it.`,
  };
}

/** Things worth knowing before paying; only an opt-out stops the send (as a blocker). */
export function findWarnings(inputs: WarningInputs): ComposerWarning[] {
  return [
    consentWarning(inputs),
    balanceWarning(inputs),
    paceWarning(inputs),
    repeatWarning(inputs),
  ].filter((warning): warning is ComposerWarning => warning !== undefined);
}
