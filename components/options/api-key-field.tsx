import { type ReactElement, useState } from 'react';
import { Field } from '@/components/shared/field';

type ApiKeyFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** Only the mask of the saved key ("•••• abcd"): the key itself never reaches the page. */
  savedKeyMask: string | undefined;
  onForget: () => void;
  error?: string;
};

export function ApiKeyField({
  value,
  onChange,
  savedKeyMask,
  onForget,
  error,
}: ApiKeyFieldProps): ReactElement {
  const [shown, setShown] = useState(false);
  const hint = (
    <>
      <p>In engageSPARK, open Profile &gt; Info &gt; API Key and copy the key.</p>
      {savedKeyMask && (
        <p>Saved: {savedKeyMask}. Leave this empty to keep the saved key, or paste a new one.</p>
      )}
    </>
  );
  return (
    <Field id="api-key" label="API key" hint={hint} error={error}>
      {(control) => (
        <div className="inline-controls">
          <input
            {...control}
            type={shown ? 'text' : 'password'}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            placeholder={savedKeyMask ? `Saved: ${savedKeyMask}` : 'Paste your API key'}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
          />
          <button
            type="button"
            className="button"
            aria-pressed={shown}
            aria-controls="api-key"
            onClick={() => setShown(!shown)}
          >
            {shown ? 'Hide' : 'Show'}
          </button>
          {savedKeyMask && (
            <button type="button" className="button" onClick={onForget}>
              Forget key
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
