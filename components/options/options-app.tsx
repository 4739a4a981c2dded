import { type FormEvent, type ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import { Field } from '@/components/shared/field';
import { HostAccessBanner } from '@/components/shared/host-access-banner';
import { SiteList } from '@/components/sites/site-list';
import { sendMessage } from '@/utils/messaging/send-message';
import { forgetApiKey, maskApiKey, readApiKey, saveApiKey } from '@/utils/settings/api-key-store';
import { defaultCountryFor } from '@/utils/settings/default-country';
import { requestHostAccess } from '@/utils/settings/permissions';
import type { SettingsField } from '@/utils/settings/settings-form';
import { DEFAULT_API_URL, DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings/settings-store';
import { ApiKeyField } from './api-key-field';
import { ConnectionResult, type ConnectionState } from './connection-result';
import { CountryPicker } from './country-picker';
import {
  type FormField,
  type FormValues,
  formValuesFrom,
  mergeExternalChange,
  sameFormValues,
  toFormInput,
} from './form-values';
import { RecipientModeField } from './recipient-mode-field';
import {
  type FieldErrors,
  type SaveOutcome,
  saveSettingsForm,
  type TestOutcome,
  testSettingsForm,
} from './settings-actions';
import './options-app.css';

type OptionsAppProps = {
  /** First run: the background opens the page with ?welcome=1 after install. */
  welcome: boolean;
  languages: readonly string[];
};

type Message = { text: string; notices?: string[]; tone: 'ok' | 'info' };

/** Where each field's control is, in page order, to move focus to the first error. */
const FIELD_IDS: Record<SettingsField, string> = {
  apiKey: 'api-key',
  orgId: 'org-id',
  senderId: 'sender-id',
  defaultCountry: 'default-country',
  paceLimitPerMinute: 'pace-limit',
  apiUrl: 'api-url',
};

const EXTERNAL_CHANGE_KEPT =
  'Settings were changed in another window. The fields you are editing keep your text: Save to keep it, or reload the page to see the other window’s settings.';
const EXTERNAL_CHANGE_SHOWN = 'Settings were changed in another window; this page now shows them.';

export function OptionsApp({ welcome, languages }: OptionsAppProps): ReactElement {
  const browserCountry = useMemo(() => defaultCountryFor(languages), [languages]);
  const [ready, setReady] = useState(false);
  const [values, setValues] = useState<FormValues>(() =>
    formValuesFrom(DEFAULT_SETTINGS, browserCountry),
  );
  const [apiKey, setApiKey] = useState('');
  const [savedKeyMask, setSavedKeyMask] = useState<string>();
  const [warning, setWarning] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>();
  const [problem, setProblem] = useState<string>();
  const [connection, setConnection] = useState<ConnectionState>();
  const [busy, setBusy] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  /** What is stored, as last seen: fields still equal to it are "untouched". */
  const stored = useRef(values);
  /** What this page is writing, so its own change coming back through the watcher is not news. */
  const writing = useRef<FormValues>(undefined);
  const latest = useRef(values);

  useEffect(() => {
    latest.current = values;
  }, [values]);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  useEffect(() => {
    let active = true;
    Promise.all([loadSettings(), readSavedKeyMask()]).then(
      ([loaded, mask]) => {
        if (!active) return;
        const loadedValues = formValuesFrom(loaded.settings, browserCountry);
        stored.current = loadedValues;
        setValues(loadedValues);
        setSavedKeyMask(mask);
        setWarning(loaded.warning);
        setAdvancedOpen(loadedValues.apiUrl !== DEFAULT_API_URL);
        setReady(true);
      },
      (error: unknown) => {
        if (!active) return;
        setProblem(`Your settings could not be loaded: ${errorText(error)}`);
        setReady(true);
      },
    );
    const stopWatching = watchSettings((loaded) => {
      if (!active) return;
      const incoming = formValuesFrom(loaded.settings, browserCountry);
      const echo = writing.current !== undefined && sameFormValues(incoming, writing.current);
      if (echo || sameFormValues(incoming, stored.current)) return;
      const merged = mergeExternalChange(latest.current, stored.current, incoming);
      stored.current = incoming;
      setValues(merged.values);
      setWarning(loaded.warning);
      setMessage({
        text: merged.kept.length > 0 ? EXTERNAL_CHANGE_KEPT : EXTERNAL_CHANGE_SHOWN,
        tone: 'info',
      });
      // The other window saves its key before its settings, so the key is already there.
      readSavedKeyMask().then(
        (mask) => active && setSavedKeyMask(mask),
        () => undefined,
      );
    });
    return () => {
      active = false;
      stopWatching();
    };
  }, [browserCountry]);

  function updateField<F extends FormField>(field: F, value: FormValues[F]): void {
    setValues((previous) => ({ ...previous, [field]: value }));
    clearError(field);
  }

  function clearError(field: SettingsField | 'recipientMode'): void {
    setErrors((previous) => {
      if (field === 'recipientMode' || !previous[field]) return previous;
      const { [field]: _cleared, ...rest } = previous;
      return rest;
    });
  }

  function showErrors(fieldErrors: FieldErrors): void {
    setErrors(fieldErrors);
    if (fieldErrors.apiUrl) setAdvancedOpen(true);
    const first = (Object.keys(FIELD_IDS) as SettingsField[]).find((field) => fieldErrors[field]);
    if (first) setFocusRequest({ id: FIELD_IDS[first] });
  }

  function currentInput(): ReturnType<typeof toFormInput> {
    return toFormInput(values, apiKey, savedKeyMask !== undefined);
  }

  function handleSave(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    setMessage({ text: 'Saving…', tone: 'info' });
    // No await before this call: it may ask for a host permission, which needs the user's click.
    void saveSettingsForm(currentInput(), {
      requestHostAccess,
      saveApiKey,
      saveSettings: (settings: Settings) => {
        writing.current = formValuesFrom(settings, browserCountry);
        return saveSettings(settings);
      },
    })
      .then(applySaveOutcome)
      .finally(() => {
        writing.current = undefined;
        setBusy(false);
      });
  }

  function applySaveOutcome(outcome: SaveOutcome): void {
    if (outcome.kind !== 'saved') {
      setMessage(undefined);
      if (outcome.kind === 'invalid') {
        showErrors(outcome.errors);
        setProblem('Not saved. Please correct the fields marked below.');
      } else {
        setErrors({});
        setProblem(outcome.message);
      }
      return;
    }
    const saved = formValuesFrom(outcome.settings, browserCountry);
    stored.current = saved;
    setValues(saved);
    setApiKey('');
    if (outcome.newKeyMask) setSavedKeyMask(outcome.newKeyMask);
    setErrors({});
    setWarning(undefined);
    setMessage({ text: 'Saved.', notices: outcome.notices, tone: 'ok' });
  }

  function handleTest(): void {
    if (busy) return;
    setBusy(true);
    // A "Not saved" from an earlier attempt would now contradict what the test shows.
    setProblem(undefined);
    setConnection({ kind: 'testing' });
    // As in handleSave: the permission request must be the first thing awaited.
    void testSettingsForm(currentInput(), {
      requestHostAccess,
      testConnection: (data) => sendMessage('testConnection', data),
    })
      .then(applyTestOutcome)
      .finally(() => setBusy(false));
  }

  function applyTestOutcome(outcome: TestOutcome): void {
    if (outcome.kind === 'invalid') {
      showErrors(outcome.errors);
      setConnection({
        kind: 'problem',
        title: 'Not tested',
        detail: 'Please correct the fields marked above first.',
      });
      return;
    }
    setErrors({});
    if (outcome.kind === 'refused') {
      setConnection({
        kind: 'problem',
        title: 'No access to that server',
        detail: outcome.message,
      });
      return;
    }
    const { result } = outcome;
    setConnection(
      result.ok
        ? { kind: 'balance', display: result.display }
        : { kind: 'problem', title: result.title, detail: result.detail },
    );
  }

  function handleForget(): void {
    setProblem(undefined);
    forgetApiKey().then(
      () => {
        setSavedKeyMask(undefined);
        setMessage({ text: 'The API key was removed from this browser.', tone: 'ok' });
        // The button that had focus is gone; the key field is where the user goes next.
        setFocusRequest({ id: FIELD_IDS.apiKey });
      },
      (error: unknown) => setProblem(`The API key could not be removed: ${errorText(error)}`),
    );
  }

  return (
    <main className="options">
      <header className="options__header">
        <h1>Click-to-SMS settings</h1>
        <p className="quiet">Send SMS through engageSPARK from your CRM.</p>
      </header>
      <HostAccessBanner />
      {warning && (
        <div role="alert" className="banner banner--warning">
          <p>{warning}</p>
        </div>
      )}
      {welcome && (
        <section className="banner welcome" aria-label="Welcome">
          <p>
            <strong>Welcome!</strong> Three things and you're sending: your API key, your
            organization ID, and (optionally) a sender ID.
          </p>
        </section>
      )}
      {!ready ? (
        <p className="quiet">Loading your settings…</p>
      ) : (
        <>
          <form className="options__form" noValidate onSubmit={handleSave}>
            <section className="card" aria-labelledby="account-heading">
              <h2 id="account-heading">Your engageSPARK account</h2>
              <ApiKeyField
                value={apiKey}
                onChange={(value) => {
                  setApiKey(value);
                  clearError('apiKey');
                }}
                savedKeyMask={savedKeyMask}
                onForget={handleForget}
                error={errors.apiKey}
              />
              <Field
                id={FIELD_IDS.orgId}
                label="Organization ID"
                hint="In engageSPARK, open Organization > Profile: the number shown as the organization's ID."
                error={errors.orgId}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={values.orgId}
                    onChange={(event) => updateField('orgId', event.target.value)}
                  />
                )}
              </Field>
              <Field
                id={FIELD_IDS.senderId}
                label="Sender ID"
                hint="Optional. Leave empty and the telco picks a sender such as INFOSMS."
                error={errors.senderId}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autoComplete="off"
                    value={values.senderId}
                    onChange={(event) => updateField('senderId', event.target.value)}
                  />
                )}
              </Field>
            </section>

            <section className="card" aria-labelledby="sending-heading">
              <h2 id="sending-heading">Sending</h2>
              <CountryPicker
                value={values.defaultCountry}
                onChange={(code) => updateField('defaultCountry', code)}
                error={errors.defaultCountry}
              />
              <RecipientModeField
                value={values.recipientMode}
                onChange={(mode) => updateField('recipientMode', mode)}
              />
              <Field
                id={FIELD_IDS.paceLimitPerMinute}
                label="Messages per number per minute"
                hint="Carriers drop more than about 5 SMS to one number in a minute, so 5 is the safe default."
                error={errors.paceLimitPerMinute}
              >
                {(control) => (
                  <input
                    {...control}
                    className="short"
                    type="number"
                    min={1}
                    max={60}
                    step={1}
                    value={values.paceLimitPerMinute}
                    onChange={(event) => updateField('paceLimitPerMinute', event.target.value)}
                  />
                )}
              </Field>
            </section>

            <details
              className="card advanced"
              open={advancedOpen}
              onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
            >
              <summary>Advanced</summary>
              <Field
                id={FIELD_IDS.apiUrl}
                label="API URL"
                hint={`Keep ${DEFAULT_API_URL} unless you test against a sandbox, e.g. http://127.0.0.1:8787.`}
                error={errors.apiUrl}
              >
                {(control) => (
                  <input
                    {...control}
                    type="url"
                    autoComplete="off"
                    spellCheck={false}
                    value={values.apiUrl}
                    onChange={(event) => updateField('apiUrl', event.target.value)}
                  />
                )}
              </Field>
            </details>

            <div className="options__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                Save
              </button>
              <button type="button" className="button" disabled={busy} onClick={handleTest}>
                Test connection
              </button>
              <span className="quiet">Test connection reads your balance; it sends no SMS.</span>
            </div>
            <div role="status">{message && <MessageText message={message} />}</div>
            <div role="alert">
              {problem && (
                <div className="banner banner--error">
                  <p>{problem}</p>
                </div>
              )}
            </div>
            <ConnectionResult state={connection} />
          </form>

          {/* Outside the settings form: the site list saves each change at once. */}
          <div className="card">
            <SiteList />
          </div>
        </>
      )}
    </main>
  );
}

function MessageText({ message }: { message: Message }): ReactElement {
  return (
    <div className={message.tone === 'ok' ? 'banner banner--ok' : 'banner'}>
      <p>{message.text}</p>
      {message.notices?.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}

/** The mask only: the full saved key is read here and dropped at once, never kept in state. */
async function readSavedKeyMask(): Promise<string | undefined> {
  const key = await readApiKey();
  return key ? maskApiKey(key) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
