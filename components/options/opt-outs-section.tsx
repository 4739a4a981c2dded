import { type ReactElement, useState } from 'react';
import { useStoredItem } from '@/components/shared/use-stored-item';
import { type OptOut, optOutsItem } from '@/utils/consent/opt-out-store';
import { optedOutFailure } from '@/utils/consent/opted-out-failure';
import { describeOptOut } from '@/utils/failure/describe-failure';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';

/**
 * Who asked not to get texts, when and why; nothing is ever sent to them. Removing one is for
 * consent given again in person, so it asks first, and the background records the removal.
 */
export function OptOutsSection(): ReactElement {
  const { value, ready, loadError } = useStoredItem(optOutsItem);
  const optOuts = [...value.optOuts].sort((a, b) => b.at - a.at);
  return (
    <section className="card" aria-labelledby="opt-outs-heading">
      <h2 id="opt-outs-heading">Opted-out numbers</h2>
      <p className="quiet">
        People who replied STOP (or whose carrier said they opted out). Nothing is sent to them from
        any button, menu or window; texting START lifts it by itself.
      </p>
      {loadError && <p role="alert">The list could not be read: {loadError}</p>}
      {ready && optOuts.length === 0 && <p className="quiet">Nobody has opted out.</p>}
      {optOuts.length > 0 && (
        <ul className="opt-outs" aria-label="Opted-out numbers">
          {optOuts.map((optOut) => (
            <OptOutEntry key={optOut.number} optOut={optOut} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OptOutEntry({ optOut }: { optOut: OptOut }): ReactElement {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const shown = formatDigitsForDisplay(optOut.number);

  function remove(): void {
    setBusy(true);
    setProblem(undefined);
    sendMessage('removeOptOut', { number: optOut.number, confirmed: true })
      .catch((error: unknown) => setProblem(errorText(error)))
      .finally(() => setBusy(false));
  }

  return (
    <li className="opt-outs__entry" aria-label={shown}>
      <p>{describeOptOut(optedOutFailure(optOut), shown)}</p>
      {!asking ? (
        <button type="button" className="button button--small" onClick={() => setAsking(true)}>
          Remove…
        </button>
      ) : (
        <fieldset className="plain" aria-label={`Remove ${shown}?`}>
          <p>
            Remove {shown} only if they gave their consent again in person. The removal is recorded,
            and texts to them go out again.
          </p>
          <button type="button" className="button button--small" disabled={busy} onClick={remove}>
            Yes, they consented again
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setAsking(false)}>
            Keep blocking
          </button>
        </fieldset>
      )}
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </li>
  );
}
