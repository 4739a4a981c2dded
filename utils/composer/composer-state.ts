import type { CachedBalance } from '@/utils/balance/balance-store';
import type { OptOutList } from '@/utils/consent/opt-out-store';
import type { SendSmsRequest } from '@/utils/messaging/protocol';
import type { MessageRecord } from '@/utils/outbox/message-record';
import type { Settings } from '@/utils/settings/settings-schema';
import { countSegments, MAX_PARTS, type SegmentCount } from '@/utils/sms/count-segments';
import { type PlainTextSuggestion, suggestPlainText } from '@/utils/sms/suggest-plain-text';
import { checkRecipient, type RecipientCheck } from './check-recipient';
import { checkSender, type SenderCheck } from './check-sender';
import type { Draft } from './draft-store';
import { type CostEstimate, estimateCost } from './estimate-cost';
import { checkPersonalization, type PersonalizationCheck } from './personalization';
import { type ComposerWarning, findWarnings } from './warnings';

export type ComposerInputs = {
  draft: Draft;
  settings: Pick<Settings, 'recipientMode' | 'defaultCountry' | 'paceLimitPerMinute'> &
    Partial<Pick<Settings, 'quietHours'>>;
  records: readonly MessageRecord[];
  optOuts?: OptOutList;
  balance: CachedBalance | undefined;
  now: number;
  /** Who the recipient is, once the contact lookup has answered. */
  recipientName?: string;
};

export type ComposerField = 'recipient' | 'from' | 'message';
export type Blocker = { field: ComposerField; message: string };

export type ComposerView = {
  recipient: RecipientCheck;
  sender: SenderCheck;
  counter: SegmentCount;
  /** The one-click fix, when replacing look-alikes makes the message cheaper. */
  plainFix: PlainTextSuggestion | undefined;
  personalization: PersonalizationCheck;
  estimate: CostEstimate;
  warnings: ComposerWarning[];
  /** Why Send cannot go yet, in field order; empty when it can. */
  blockers: Blocker[];
  /** What Send will ask the background for; present exactly when there are no blockers. */
  request: SendSmsRequest | undefined;
};

function messageBlocker(
  message: string,
  counter: SegmentCount,
  personalization: PersonalizationCheck,
): string | undefined {
  if (message.trim() === '') return 'Write the message.';
  if (counter.tooLong)
    return `Too long: ${counter.parts} parts. The most is ${MAX_PARTS}; shorten the message.`;
  if (personalization.status === 'refused') return personalization.reason;
  return undefined;
}

/** Everything the composer shows is derived from the draft and what is stored, in one pure step. */
export function deriveComposer({
  draft,
  settings,
  records,
  balance,
  now,
  optOuts,
  recipientName,
}: ComposerInputs): ComposerView {
  const recipient = checkRecipient(draft, settings.recipientMode, settings.defaultCountry);
  const sender = checkSender(draft.from);
  const counter = countSegments(draft.message);
  const personalization = checkPersonalization(draft.message, settings.recipientMode);
  const target = recipient.ok ? recipient.recipient : undefined;
  const estimate = estimateCost(counter.parts, target, records);
  const blockers: Blocker[] = [];
  if (!recipient.ok) blockers.push({ field: 'recipient', message: recipient.message });
  if (!sender.ok) blockers.push({ field: 'from', message: sender.message });
  const messageProblem = messageBlocker(draft.message, counter, personalization);
  if (messageProblem) blockers.push({ field: 'message', message: messageProblem });
  const warnings = findWarnings({
    draftId: draft.id,
    recipient: target,
    message: draft.message,
    records,
    now,
    paceLimitPerMinute: settings.paceLimitPerMinute,
    balance,
    estimate,
    optOuts,
    quietHours: settings.quietHours,
    defaultCountry: settings.defaultCountry,
    recipientName,
  });
  // The outbox would refuse it anyway; refusing here keeps a record of nothing out of the history.
  const optedOut = warnings.find((warning) => warning.kind === 'opted-out');
  if (optedOut) blockers.unshift({ field: 'recipient', message: optedOut.text });
  const request =
    blockers.length === 0 && target && sender.ok
      ? { id: draft.id, recipient: target, from: sender.from, message: draft.message }
      : undefined;
  return {
    recipient,
    sender,
    counter,
    plainFix: counter.encoding === 'UCS-2' ? suggestPlainText(draft.message) : undefined,
    personalization,
    estimate,
    warnings,
    blockers,
    request,
  };
}
