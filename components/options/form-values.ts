import { DEFAULT_QUIET_HOURS } from '@/utils/consent/quiet-hours';
import type { SettingsFormInput } from '@/utils/settings/settings-form';
import type { RecipientMode, Settings } from '@/utils/settings/settings-schema';

/** What the inputs hold: text as typed, so a half-typed number is not lost or "corrected". */
export type FormValues = {
  orgId: string;
  senderId: string;
  defaultCountry: string;
  recipientMode: RecipientMode;
  paceLimitPerMinute: string;
  apiUrl: string;
  quietHoursOn: boolean;
  quietStart: string;
  quietEnd: string;
};

export type FormField = keyof FormValues;

const FORM_FIELDS: readonly FormField[] = [
  'orgId',
  'senderId',
  'defaultCountry',
  'recipientMode',
  'paceLimitPerMinute',
  'apiUrl',
  'quietHoursOn',
  'quietStart',
  'quietEnd',
];

/**
 * Settings that were never saved have no organization ID (saving requires one); only then is the
 * browser's own country a better guess than the stored default.
 */
export function formValuesFrom(settings: Settings, browserCountry: string): FormValues {
  return {
    orgId: settings.orgId === null ? '' : String(settings.orgId),
    senderId: settings.senderId,
    defaultCountry: settings.orgId === null ? browserCountry : settings.defaultCountry,
    recipientMode: settings.recipientMode,
    paceLimitPerMinute: String(settings.paceLimitPerMinute),
    apiUrl: settings.apiUrl,
    // Switched off, the times stay at the default so switching on offers a sensible window.
    quietHoursOn: settings.quietHours !== false,
    quietStart: (settings.quietHours || DEFAULT_QUIET_HOURS).start,
    quietEnd: (settings.quietHours || DEFAULT_QUIET_HOURS).end,
  };
}

export function toFormInput(
  values: FormValues,
  apiKey: string,
  hasSavedKey: boolean,
): SettingsFormInput {
  const pace = values.paceLimitPerMinute.trim();
  return {
    ...values,
    apiKey,
    hasSavedKey,
    // An empty box is not 0: NaN makes the form check ask for a number instead of saving a default.
    paceLimitPerMinute: pace === '' ? Number.NaN : Number(pace),
  };
}

export function sameFormValues(a: FormValues, b: FormValues): boolean {
  return FORM_FIELDS.every((field) => a[field] === b[field]);
}

export type MergedValues = {
  values: FormValues;
  /** Fields the user is editing whose stored value changed elsewhere; their typing is kept. */
  kept: FormField[];
};

/**
 * Applies settings saved in another window without clobbering typing: a field still showing what
 * was last loaded (`baseline`) takes the new value; a field the user changed keeps the user's text.
 */
export function mergeExternalChange(
  current: FormValues,
  baseline: FormValues,
  incoming: FormValues,
): MergedValues {
  const values = { ...current };
  const kept: FormField[] = [];
  for (const field of FORM_FIELDS) {
    if (current[field] === baseline[field]) {
      setField(values, field, incoming[field]);
    } else if (current[field] !== incoming[field]) {
      kept.push(field);
    }
  }
  return { values, kept };
}

function setField<F extends FormField>(values: FormValues, field: F, value: FormValues[F]): void {
  values[field] = value;
}
