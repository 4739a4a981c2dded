import { describe, expect, it } from 'vitest';
import {
  type SettingsField,
  type SettingsFormInput,
  validateSettingsForm,
} from '@/utils/settings/settings-form';

const GOOD: SettingsFormInput = {
  apiKey: 'abcd1234efgh5678',
  hasSavedKey: false,
  orgId: '1234',
  senderId: 'ACME',
  defaultCountry: 'PH',
  recipientMode: 'contact',
  apiUrl: 'https://api.engagespark.com',
  paceLimitPerMinute: 5,
  quietHoursOn: true,
  quietStart: '08:00',
  quietEnd: '21:00',
};

function errorsFor(change: Partial<SettingsFormInput>): Partial<Record<SettingsField, string>> {
  const result = validateSettingsForm({ ...GOOD, ...change });
  if (result.ok) throw new Error('expected the form to be refused');
  return result.errors;
}

describe('validateSettingsForm', () => {
  it('accepts a good form and gives the settings to store', () => {
    expect(validateSettingsForm(GOOD)).toEqual({
      ok: true,
      apiKey: 'abcd1234efgh5678',
      extraOriginPattern: undefined,
      notices: [],
      settings: {
        orgId: 1234,
        senderId: 'ACME',
        defaultCountry: 'PH',
        recipientMode: 'contact',
        apiUrl: 'https://api.engagespark.com',
        paceLimitPerMinute: 5,
        quietHours: { start: '08:00', end: '21:00' },
      },
    });
  });

  it('stores quiet hours switched off as false, and refuses a window that is empty', () => {
    const off = validateSettingsForm({ ...GOOD, quietHoursOn: false, quietStart: '' });
    expect(off.ok && off.settings.quietHours).toBe(false);
    const night = validateSettingsForm({ ...GOOD, quietStart: '22:00', quietEnd: '06:00' });
    expect(night.ok && night.settings.quietHours).toEqual({ start: '22:00', end: '06:00' });
    expect(validateSettingsForm({ ...GOOD, quietEnd: '08:00' })).toEqual({
      ok: false,
      errors: { quietHours: 'The window must start and end at different times.' },
    });
    expect(validateSettingsForm({ ...GOOD, quietEnd: '' })).toEqual({
      ok: false,
      errors: { quietHours: 'Enter both times, like 08:00 and 21:00.' },
    });
  });

  it('trims a pasted key and says so', () => {
    const result = validateSettingsForm({ ...GOOD, apiKey: '  abcd1234efgh5678\n' });
    expect(result).toMatchObject({
      ok: true,
      apiKey: 'abcd1234efgh5678',
      notices: ['Removed spaces and line breaks around the API key.'],
    });
  });

  it('keeps the saved key when the key field is left empty', () => {
    expect(validateSettingsForm({ ...GOOD, apiKey: '', hasSavedKey: true })).toMatchObject({
      ok: true,
      apiKey: undefined,
    });
  });

  it('trims the organization ID and the sender ID', () => {
    expect(validateSettingsForm({ ...GOOD, orgId: ' 42 ', senderId: ' ACME ' })).toMatchObject({
      ok: true,
      settings: { orgId: 42, senderId: 'ACME' },
    });
  });

  it('allows an empty sender ID', () => {
    expect(validateSettingsForm({ ...GOOD, senderId: '' })).toMatchObject({
      ok: true,
      settings: { senderId: '' },
    });
  });

  it('asks for host access to a custom API server only', () => {
    expect(validateSettingsForm({ ...GOOD, apiUrl: 'http://127.0.0.1:8787/' })).toMatchObject({
      ok: true,
      extraOriginPattern: 'http://127.0.0.1/*',
      settings: { apiUrl: 'http://127.0.0.1:8787' },
    });
    expect(validateSettingsForm({ ...GOOD, apiUrl: 'https://API.engagespark.com/' })).toMatchObject(
      {
        ok: true,
        extraOriginPattern: undefined,
      },
    );
  });

  it.each<[string, Partial<SettingsFormInput>, SettingsField, RegExp]>([
    ['no key and none saved', { apiKey: '   ' }, 'apiKey', /Profile > Info > API Key/],
    ['a key with a space inside', { apiKey: 'abcd 1234efgh' }, 'apiKey', /no spaces/],
    ['a key with a line break inside', { apiKey: 'abcd1234\nefgh' }, 'apiKey', /no spaces/],
    ['a key with other characters', { apiKey: 'abcd1234€fgh' }, 'apiKey', /plain letters/],
    ['a key too short', { apiKey: 'abc' }, 'apiKey', /does not look like/],
    ['a key too long', { apiKey: 'a'.repeat(201) }, 'apiKey', /does not look like/],
    ['no organization', { orgId: '' }, 'orgId', /Enter your organization ID/],
    ['an organization in letters', { orgId: 'acme' }, 'orgId', /digits only/],
    ['an organization with a decimal', { orgId: '12.5' }, 'orgId', /digits only/],
    ['a negative organization', { orgId: '-4' }, 'orgId', /positive/],
    ['organization 0', { orgId: '0' }, 'orgId', /positive/],
    ['a huge organization', { orgId: '99999999999' }, 'orgId', /too large/],
    ['a sender ID too long', { senderId: 'TWELVELETTER' }, 'senderId', /up to 11/],
    ['a sender ID with symbols', { senderId: 'ACME!' }, 'senderId', /up to 11/],
    ['no country', { defaultCountry: '' }, 'defaultCountry', /Choose a country/],
    ['a country name', { defaultCountry: 'Philippines' }, 'defaultCountry', /Choose a country/],
    ['no API URL', { apiUrl: '' }, 'apiUrl', /Enter the API URL/],
    [
      'a URL without scheme',
      { apiUrl: 'api.engagespark.com' },
      'apiUrl',
      /Start the URL with https/,
    ],
    [
      'plain http to a remote host',
      { apiUrl: 'http://api.engagespark.com' },
      'apiUrl',
      /unencrypted/,
    ],
    ['a URL with a path', { apiUrl: 'https://api.engagespark.com/v1' }, 'apiUrl', /without a path/],
    ['a pace of 0', { paceLimitPerMinute: 0 }, 'paceLimitPerMinute', /1 to 60/],
    ['a pace above 60', { paceLimitPerMinute: 61 }, 'paceLimitPerMinute', /1 to 60/],
    ['a fractional pace', { paceLimitPerMinute: 2.5 }, 'paceLimitPerMinute', /1 to 60/],
    ['an empty pace', { paceLimitPerMinute: Number.NaN }, 'paceLimitPerMinute', /1 to 60/],
  ])('refuses %s, beside its field', (_name, change, field, message) => {
    const errors = errorsFor(change);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });

  it('reports every bad field at once and gives nothing to store', () => {
    const result = validateSettingsForm({
      ...GOOD,
      apiKey: '',
      orgId: 'x',
      senderId: 'TOO LONG SENDER',
      defaultCountry: '',
      apiUrl: 'ftp://x',
      paceLimitPerMinute: 0,
    });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('settings');
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(
        ['apiKey', 'apiUrl', 'defaultCountry', 'orgId', 'paceLimitPerMinute', 'senderId'].sort(),
      );
    }
  });
});
