import { errorText } from '@/utils/failure/error-text';
import type { BalanceResult, MessageData } from '@/utils/messaging/protocol';
import { maskApiKey } from '@/utils/settings/api-key-store';
import type { HostAccess } from '@/utils/settings/permissions';
import {
  type SettingsField,
  type SettingsFormInput,
  validateSettingsForm,
} from '@/utils/settings/settings-form';
import type { Settings } from '@/utils/settings/settings-schema';

export type FieldErrors = Partial<Record<SettingsField, string>>;

type RequestHostAccess = (
  originPattern: string,
  serverOrigin: string,
  retryAction: string,
) => Promise<HostAccess>;

export type SaveDeps = {
  requestHostAccess: RequestHostAccess;
  saveApiKey: (apiKey: string) => Promise<void>;
  saveSettings: (settings: Settings) => Promise<void>;
};

export type SaveOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string }
  | {
      kind: 'saved';
      settings: Settings;
      /** The mask of a newly saved key; undefined when the saved key was kept. */
      newKeyMask: string | undefined;
      notices: string[];
    };

/**
 * Save, all or nothing. Call it synchronously from the click or submit handler: the host
 * permission request below is its first await, so it still runs inside the user gesture.
 */
export async function saveSettingsForm(
  input: SettingsFormInput,
  deps: SaveDeps,
): Promise<SaveOutcome> {
  const form = validateSettingsForm(input);
  if (!form.ok) return { kind: 'invalid', errors: form.errors };
  if (form.extraOriginPattern) {
    const access = await deps.requestHostAccess(
      form.extraOriginPattern,
      form.settings.apiUrl,
      'Save',
    );
    if (!access.granted) return { kind: 'refused', message: access.reason };
  }
  try {
    // The key first: other windows re-read it when they see the settings change.
    if (form.apiKey) await deps.saveApiKey(form.apiKey);
    await deps.saveSettings(form.settings);
  } catch (error) {
    return { kind: 'failed', message: `Not saved: ${errorText(error)}` };
  }
  return {
    kind: 'saved',
    settings: form.settings,
    newKeyMask: form.apiKey ? maskApiKey(form.apiKey) : undefined,
    notices: form.notices,
  };
}

export type TestDeps = {
  requestHostAccess: RequestHostAccess;
  testConnection: (data: MessageData<'testConnection'>) => Promise<BalanceResult>;
};

export type TestOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'refused'; message: string }
  | { kind: 'result'; result: BalanceResult };

/** Checks the typed values against the server without saving anything (and without sending an SMS). */
export async function testSettingsForm(
  input: SettingsFormInput,
  deps: TestDeps,
): Promise<TestOutcome> {
  const form = validateSettingsForm(input);
  if (!form.ok) return { kind: 'invalid', errors: form.errors };
  const { apiUrl, orgId } = form.settings;
  // Never null after a passing check; the type just cannot say so.
  if (orgId === null) return { kind: 'invalid', errors: { orgId: 'Enter your organization ID.' } };
  if (form.extraOriginPattern) {
    const access = await deps.requestHostAccess(form.extraOriginPattern, apiUrl, 'Test connection');
    if (!access.granted) return { kind: 'refused', message: access.reason };
  }
  try {
    return {
      kind: 'result',
      result: await deps.testConnection({ apiUrl, orgId, apiKey: form.apiKey }),
    };
  } catch (error) {
    return {
      kind: 'result',
      result: { ok: false, title: 'The connection could not be tested', detail: errorText(error) },
    };
  }
}
