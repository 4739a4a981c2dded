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
    default:
      return describeSendOutcome(failure);
  }
}
