import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { sendMessage } from '@/utils/messaging/send-message';
import {
  effectiveSettings,
  lockedKeys,
  ownSettingsToSave,
  type PolicySettingKey,
} from '@/utils/policy/effective-settings';
import { fetchPolicy, NO_PAGE_POLICY, type PagePolicy } from '@/utils/policy/page-policy';
import { watchManagedPolicy } from '@/utils/policy/watch-managed-policy';
import { forgetApiKey, maskApiKey, readApiKey, saveApiKey } from '@/utils/settings/api-key-store';
import { defaultCountryFor } from '@/utils/settings/default-country';
import { requestHostAccess } from '@/utils/settings/permissions';
import type { SettingsField } from '@/utils/settings/settings-form';
import { DEFAULT_API_URL, DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings/settings-store';
import type { ConnectionState } from './connection-result';
import {
  type FormField,
  type FormValues,
  formValuesFrom,
  mergeExternalChange,
  sameFormValues,
  toFormInput,
} from './form-values';
import {
  type FieldErrors,
  type SaveOutcome,
  saveSettingsForm,
  type TestOutcome,
  testSettingsForm,
} from './settings-actions';

/** The settings form's state and actions, apart from its layout (as use-draft.ts for the composer). */
export type SettingsForm = {
  ready: boolean;
  values: FormValues;
  apiKey: string;
  savedKeyMask: string | undefined;
  warning: string | undefined;
  errors: FieldErrors;
  message: Message | undefined;
  problem: string | undefined;
  connection: ConnectionState | undefined;
  busy: boolean;
  advancedOpen: boolean;
  setAdvancedOpen(open: boolean): void;
  updateField<F extends FormField>(field: F, value: FormValues[F]): void;
  changeApiKey(value: string): void;
  handleSave(event: FormEvent<HTMLFormElement>): void;
  handleTest(): void;
  handleForget(): void;
  /** The organization's policy (never its key) and the keys it sets that were ignored. */
  policy: PagePolicy;
  /** Whether the policy sets this field, and whether the user may still change it. */
  managed(field: PolicySettingKey): 'no' | 'set' | 'locked';
};

export type Message = { text: string; notices?: string[]; tone: 'ok' | 'info' };

/** Where each field's control is, in page order, to move focus to the first error. */
export const FIELD_IDS: Record<SettingsField, string> = {
  apiKey: 'api-key',
  orgId: 'org-id',
  senderId: 'sender-id',
  defaultCountry: 'default-country',
  paceLimitPerMinute: 'pace-limit',
  quietHours: 'quiet-hours-start',
  apiUrl: 'api-url',
};

const EXTERNAL_CHANGE_KEPT =
  'Settings were changed in another window. The fields you are editing keep your text: Save to keep it, or reload the page to see the other window’s settings.';
const EXTERNAL_CHANGE_SHOWN = 'Settings were changed in another window; this page now shows them.';

export function useSettingsForm(languages: readonly string[]): SettingsForm {
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
  const [policy, setPolicy] = useState<PagePolicy>(NO_PAGE_POLICY);
  /** The user's own settings as stored: what a save keeps where a field shows the policy's value. */
  const own = useRef<Settings>(DEFAULT_SETTINGS);
  const policyRef = useRef<PagePolicy>(NO_PAGE_POLICY);
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
    Promise.all([loadSettings(), readSavedKeyMask(), fetchPolicy()]).then(
      ([loaded, mask, pagePolicy]) => {
        if (!active) return;
        own.current = loaded.settings;
        policyRef.current = pagePolicy;
        setPolicy(pagePolicy);
        const loadedValues = formValuesFrom(
          effectiveSettings(loaded.settings, pagePolicy.view),
          browserCountry,
        );
        stored.current = loadedValues;
        // At once, not after the render: a watcher may fire before it and must merge into these.
        latest.current = loadedValues;
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
      own.current = loaded.settings;
      const incoming = formValuesFrom(
        effectiveSettings(loaded.settings, policyRef.current.view),
        browserCountry,
      );
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
    // A policy change shows at once: the fields it sets take its values, the others keep the typing.
    const stopWatchingPolicy = watchManagedPolicy(() => {
      void fetchPolicy().then((pagePolicy) => {
        if (!active) return;
        policyRef.current = pagePolicy;
        setPolicy(pagePolicy);
        const incoming = formValuesFrom(
          effectiveSettings(own.current, pagePolicy.view),
          browserCountry,
        );
        if (sameFormValues(incoming, stored.current)) return;
        const merged = mergeExternalChange(latest.current, stored.current, incoming);
        stored.current = incoming;
        latest.current = merged.values;
        setValues(merged.values);
      });
    });
    return () => {
      active = false;
      stopWatching();
      stopWatchingPolicy();
    };
  }, [browserCountry]);

  function updateField<F extends FormField>(field: F, value: FormValues[F]): void {
    setValues((previous) => ({ ...previous, [field]: value }));
    clearError(field === 'quietStart' || field === 'quietEnd' ? 'quietHours' : field);
  }

  function clearError(field: SettingsField | 'recipientMode' | 'quietHoursOn'): void {
    setErrors((previous) => {
      if (field === 'recipientMode' || field === 'quietHoursOn' || !previous[field])
        return previous;
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
    // The organization's key counts as a saved key: the user need not paste one.
    return toFormInput(values, apiKey, savedKeyMask !== undefined || policy.view.hasApiKey);
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
        return saveSettings(ownSettingsToSave(settings, own.current, policy.view));
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

  function managed(field: PolicySettingKey): 'no' | 'set' | 'locked' {
    if (policy.view[field] === undefined) return 'no';
    return lockedKeys(policy.view).includes(field) ? 'locked' : 'set';
  }

  function changeApiKey(value: string): void {
    setApiKey(value);
    clearError('apiKey');
  }

  return {
    ready,
    values,
    apiKey,
    savedKeyMask,
    warning,
    errors,
    message,
    problem,
    connection,
    busy,
    advancedOpen,
    setAdvancedOpen,
    updateField,
    changeApiKey,
    handleSave,
    handleTest,
    handleForget,
    policy,
    managed,
  };
}

/** The mask only: the full saved key is read here and dropped at once, never kept in state. */
async function readSavedKeyMask(): Promise<string | undefined> {
  const key = await readApiKey();
  return key ? maskApiKey(key) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
