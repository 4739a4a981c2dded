import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { describeRefusedDestination } from '@/utils/settings/api-access';
import type { MissingSetting } from '@/utils/settings/missing-settings';
import { describeSendOutcome, type OutcomeDescription } from './describe-outcome';
import type { Failure } from './failure';

const MISSING_WORDS: Record<MissingSetting, string> = {
  'api-key': 'your API key',
  'org-id': 'your organization ID',
};

/** "your API key and your organization ID": what to add, as the composer and notifications say it. */
export function describeMissing(missing: readonly MissingSetting[]): string {
  return missing.map((setting) => MISSING_WORDS[setting]).join(' and ');
}

/**
 * Title and line for a stored failure: the composer's result, the history and the notification
 * all read a record's failure through this.
 */
export function describeFailure(failure: Failure): OutcomeDescription {
  switch (failure.kind) {
    case 'settings-missing':
      return {
        title: 'Not set up yet',
        line: `Add ${describeMissing(failure.missing)} in Settings.`,
      };
    case 'api-url-refused': {
      const { title, detail } = describeRefusedDestination(failure);
      return { title, line: detail };
    }
    case 'pace':
      return {
        title: 'Held to protect delivery',
        line: `Carriers drop more than ${failure.limitPerMinute} SMS per number per minute, so this one waits and goes out by itself.`,
      };
    case 'opted-out':
      return {
        title: 'They asked not to get texts',
        line: describeOptOut(failure, formatDigitsForDisplay(failure.number)),
      };
    case 'quiet-hours':
      return {
        title: 'Held for quiet hours',
        line: `It is ${failure.localTime} for the recipient (${describeRecipientZone(failure)}${(failure.zoneCount ?? 1) > 1 ? '; it waits for daytime in all of them' : ''}). It goes out at ${failure.opensAt} their time.`,
      };
    default:
      return describeSendOutcome(failure);
  }
}

/**
 * The zone a held message waits on, as people read it: "America/New_York"; where the number may
 * be in several zones (no area code tells), the one that was quiet and how many there are.
 */
export function describeRecipientZone(failure: Extract<Failure, { kind: 'quiet-hours' }>): string {
  const count = failure.zoneCount ?? 1;
  if (count <= 1) return failure.timeZone;
  return `${failure.timeZone}, one of the ${count} time zones their number may be in`;
}

/** "28 Nov": the day an opt-out was learnt, short and the same in every surface. */
function formatDay(at: number): string {
  return new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

/**
 * "Maria Santos replied STOP on 28 Nov: they asked not to get texts." `who` is the contact's
 * name where the surface knows it, else the number as people write it.
 */
export function describeOptOut(
  optOut: Extract<Failure, { kind: 'opted-out' }>,
  who: string,
): string {
  const day = formatDay(optOut.at);
  if (optOut.source === 'reply')
    return `${who} replied ${optOut.said} on ${day}: they asked not to get texts.`;
  return `${who}'s carrier reported on ${day} that they opted out ("${optOut.said}"): they asked not to get texts.`;
}
