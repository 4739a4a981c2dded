import type { ReactElement } from 'react';

export type ConnectionState =
  | { kind: 'testing' }
  | { kind: 'balance'; display: string }
  | { kind: 'problem'; title: string; detail: string };

/** Progress and success are polite; a failure is an alert, because the user must act on it. */
export function ConnectionResult({ state }: { state: ConnectionState | undefined }): ReactElement {
  return (
    <>
      <div role="status">
        {state?.kind === 'testing' && <p className="quiet">Testing the connection…</p>}
        {state?.kind === 'balance' && (
          <div className="banner banner--ok">
            <p>
              <strong>Balance: {state.display}</strong>
            </p>
            <p>The API key and organization ID work.</p>
          </div>
        )}
      </div>
      <div role="alert">
        {state?.kind === 'problem' && (
          <div className="banner banner--error">
            <p>
              <strong>{state.title}</strong>
            </p>
            <p>{state.detail}</p>
          </div>
        )}
      </div>
    </>
  );
}
