import type { OptOut } from '@/utils/consent/opt-out-store';
import { type OptedOutFailure, optedOutFailure } from '@/utils/consent/opted-out-failure';
import { decideQuietHours, type QuietHours } from '@/utils/consent/quiet-hours';
import { timeZonesOfCountry, timeZonesOfNumber } from '@/utils/consent/recipient-time-zones';
import type { Failure } from '@/utils/failure/failure';
import type { MessageRecord, Recipient } from './message-record';
import { isSameRecipient } from './same-recipient';

type QuietHeld = Extract<Failure, { kind: 'quiet-hours' }>;

export type ConsentDecision =
  | { allowed: true }
  /** Never sent: the person asked not to get texts. */
  | { allowed: false; refused: OptedOutFailure }
  /** Sent by itself when the recipient's window opens. */
  | { allowed: false; heldUntil: number; held: QuietHeld };

/**
 * The international digits a message goes to. A contact-ID recipient's number is known only once
 * engageSPARK has sent to that contact and said where (`sentTo`); until then the opt-out list
 * cannot be asked, and quiet hours use the default country's zones.
 */
export function knownDigits(
  records: readonly MessageRecord[],
  recipient: Recipient,
): string | undefined {
  if ('to' in recipient) return recipient.to;
  return records.find((record) => record.sentTo && isSameRecipient(record, recipient))?.sentTo;
}

export type ConsentInputs = {
  digits: string | undefined;
  optOut: OptOut | undefined;
  quietHours: QuietHours;
  defaultCountry: string;
  /** The user confirmed "Send now anyway" for this message. */
  quietHoursOverridden: boolean;
  now: number;
};

/** Opt-outs first (never overridden), then quiet hours in every zone the recipient may be in. */
export function decideConsent(inputs: ConsentInputs): ConsentDecision {
  if (inputs.optOut) return { allowed: false, refused: optedOutFailure(inputs.optOut) };
  if (inputs.quietHoursOverridden) return { allowed: true };
  const ofNumber = (inputs.digits && timeZonesOfNumber(inputs.digits)) || [];
  const zones = ofNumber.length > 0 ? ofNumber : timeZonesOfCountry(inputs.defaultCountry);
  const quiet = decideQuietHours(zones, inputs.quietHours, inputs.now);
  if (quiet.allowed) return { allowed: true };
  const { heldUntil, timeZone, localTime, opensAt } = quiet;
  const held: QuietHeld = { kind: 'quiet-hours', timeZone, localTime, opensAt };
  return {
    allowed: false,
    heldUntil,
    held: zones.length > 1 ? { ...held, zoneCount: zones.length } : held,
  };
}
