import type { ReactElement } from 'react';
import type { PagePolicy } from '@/utils/policy/page-policy';

export const SET_BY_ORGANIZATION = 'Set by your organization';

/** Says that IT manages some settings, and names each policy key that was ignored and why. */
export function PolicyNotice({ policy }: { policy: PagePolicy }): ReactElement | null {
  const { view, warnings } = policy;
  const { hasApiKey, lockSettings, ...rest } = view;
  const managesSomething = hasApiKey || Object.values(rest).some((value) => value !== undefined);
  if (!managesSomething && warnings.length === 0) return null;
  return (
    <section className="banner" aria-label="Your organization's policy">
      {managesSomething && (
        <p>
          Your organization manages some of these settings through a browser policy.
          {lockSettings ? ' They are locked: you cannot change them here.' : ''}
        </p>
      )}
      {warnings.length > 0 && (
        <div role="alert" className="banner--warning">
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The note beside a field the policy sets. */
export function ManagedNote({ state }: { state: 'no' | 'set' | 'locked' }): ReactElement | null {
  if (state === 'no') return null;
  return (
    <p className="managed-note">
      {SET_BY_ORGANIZATION}
      {state === 'set' ? ': its value applies whatever you save here.' : '.'}
    </p>
  );
}
