import { type QuietHours, sendingWindowSchema } from '@/utils/consent/quiet-hours';
import { checkApiUrl } from './api-url';
import {
  DEFAULT_API_URL,
  type RecipientMode,
  type Settings,
  senderIdSchema,
} from './settings-schema';

export type SettingsFormInput = {
  apiKey: string;
  hasSavedKey: boolean;
  orgId: string;
  senderId: string;
  defaultCountry: string;
  recipientMode: RecipientMode;
  apiUrl: string;
  paceLimitPerMinute: number;
  quietHoursOn: boolean;
  /** "HH:MM", as a time input gives it. */
  quietStart: string;
  quietEnd: string;
};

export type SettingsField =
  | 'apiKey'
  | 'orgId'
  | 'senderId'
  | 'defaultCountry'
  | 'apiUrl'
  | 'paceLimitPerMinute'
  | 'quietHours';

export type SettingsFormResult =
  | {
      ok: true;
      settings: Settings;
      /** A new key to store; undefined keeps the saved one. */
      apiKey: string | undefined;
      /** Host access the API URL needs beyond the engageSPARK API, if any. */
      extraOriginPattern: string | undefined;
      notices: string[];
    }
  | { ok: false; errors: Partial<Record<SettingsField, string>> };

const MAX_ORG_ID = 2_147_483_647;

/** Checks the whole form at once, so nothing is half-saved: either every field is good or none is stored. */
export function validateSettingsForm(input: SettingsFormInput): SettingsFormResult {
  const errors: Partial<Record<SettingsField, string>> = {};
  const notices: string[] = [];

  const apiKey = checkApiKey(input.apiKey, input.hasSavedKey);
  if ('error' in apiKey) errors.apiKey = apiKey.error;
  else if (apiKey.trimmed) notices.push('Removed spaces and line breaks around the API key.');

  const orgId = checkOrgId(input.orgId);
  if (typeof orgId === 'string') errors.orgId = orgId;

  const senderId = senderIdSchema.safeParse(input.senderId);
  if (!senderId.success)
    errors.senderId = senderId.error.issues[0]?.message ?? 'Invalid sender ID.';

  if (!/^[A-Z]{2}$/.test(input.defaultCountry))
    errors.defaultCountry = 'Choose a country from the list.';

  const apiUrl = checkApiUrl(input.apiUrl);
  if (!apiUrl.ok) errors.apiUrl = apiUrl.error;

  // Checked here too: saveSettings would otherwise throw on a value the schema refuses.
  const pace = input.paceLimitPerMinute;
  if (!Number.isInteger(pace) || pace < 1 || pace > 60) {
    errors.paceLimitPerMinute = 'Enter a whole number from 1 to 60.';
  }

  const quietHours = checkQuietHours(input);
  if (typeof quietHours === 'string') errors.quietHours = quietHours;

  if (
    typeof quietHours === 'string' ||
    Object.keys(errors).length > 0 ||
    'error' in apiKey ||
    typeof orgId === 'string' ||
    !apiUrl.ok
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    apiKey: apiKey.value,
    extraOriginPattern: apiUrl.apiUrl === DEFAULT_API_URL ? undefined : apiUrl.originPattern,
    notices,
    settings: {
      orgId,
      senderId: senderId.data ?? '',
      defaultCountry: input.defaultCountry,
      recipientMode: input.recipientMode,
      apiUrl: apiUrl.apiUrl,
      paceLimitPerMinute: input.paceLimitPerMinute,
      quietHours,
    },
  };
}

/** The window, or false when switched off; an off switch keeps no times to check. */
function checkQuietHours(input: SettingsFormInput): QuietHours | string {
  if (!input.quietHoursOn) return false;
  const window = sendingWindowSchema.safeParse({ start: input.quietStart, end: input.quietEnd });
  if (window.success) return window.data;
  if (input.quietStart === input.quietEnd && input.quietStart !== '')
    return 'The window must start and end at different times.';
  return 'Enter both times, like 08:00 and 21:00.';
}

type ApiKeyCheck = { value: string | undefined; trimmed: boolean } | { error: string };

function checkApiKey(raw: string, hasSavedKey: boolean): ApiKeyCheck {
  const value = raw.trim();
  if (value === '') {
    return hasSavedKey
      ? { value: undefined, trimmed: false }
      : { error: 'Paste your API key from engageSPARK (Profile > Info > API Key).' };
  }
  if (/\s/.test(value))
    return { error: 'An API key has no spaces or line breaks inside it. Copy it again.' };
  if (!/^[\x21-\x7e]+$/.test(value))
    return { error: 'An API key contains only plain letters, digits and symbols.' };
  if (value.length < 8 || value.length > 200)
    return { error: 'This does not look like an engageSPARK API key.' };
  return { value, trimmed: value !== raw };
}

function checkOrgId(raw: string): number | string {
  const text = raw.trim();
  if (text === '') return 'Enter your organization ID (a number, from your organization profile).';
  if (!/^-?\d+$/.test(text)) return 'The organization ID is a whole number, digits only.';
  const value = Number(text);
  if (value <= 0) return 'The organization ID is a positive number.';
  if (!Number.isSafeInteger(value) || value > MAX_ORG_ID)
    return 'This organization ID is too large to be real.';
  return value;
}
