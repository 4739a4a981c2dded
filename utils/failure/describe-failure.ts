import { describeRefusedDestination } from '@/utils/settings/api-access';
import { describeSendOutcome, type OutcomeDescription } from './describe-outcome';
import type { Failure, MissingSetting } from './failure';

const MISSING_WORDS: Record<MissingSetting, string> = {
  'api-key': 'your API key',
  'org-id': 'your organization ID',
};

/**
 * Title and line for a stored failure: the composer's result, the history and the notification
 * all read a record's failure through this.
 */
export function describeFailure(failure: Failure): OutcomeDescription {
  switch (failure.kind) {
    case 'settings-missing':
      return {
        title: 'Not set up yet',
        line: `Add ${failure.missing.map((setting) => MISSING_WORDS[setting]).join(' and ')} in Settings.`,
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
