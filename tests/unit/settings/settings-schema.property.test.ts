import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formValuesFrom, toFormInput } from '@/components/options/form-values';
import { type SettingsFormInput, validateSettingsForm } from '@/utils/settings/settings-form';
import {
  DEFAULT_API_URL,
  recipientModeSchema,
  type Settings,
  settingsSchema,
} from '@/utils/settings/settings-schema';
import { loadSettings, readStoredSettings, saveSettings } from '@/utils/settings/settings-store';

const RUNS = { numRuns: 500 };

// Hundreds of runs take a second or two; a busy machine must not fail them on time.
const TIMEOUT_MS = 60_000;

const MAX_ORG_ID = 2_147_483_647;
const SETTINGS_KEYS = [
  'orgId',
  'senderId',
  'defaultCountry',
  'recipientMode',
  'apiUrl',
  'paceLimitPerMinute',
  'quietHours',
] as const;

const recipientMode = fc.constantFrom(...recipientModeSchema.options);
const alphanumeric = fc.constantFrom(...'ABCXYZabcxyz0123456789');

/** Sender IDs the schema accepts: empty, up to 11 letters, digits or spaces, or a phone number. */
const validSenderId = fc.oneof(
  fc.constant(''),
  fc
    .string({ unit: fc.oneof(alphanumeric, fc.constant(' ')), minLength: 1, maxLength: 11 })
    .map((text) => text.trim()),
  fc
    .tuple(fc.boolean(), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 3 }))
    .map(([plus, digits]) => `${plus ? '+' : ''}${digits.slice(0, 15)}`),
);

/** API URLs as the options page stores them: an origin, https anywhere or http on this machine. */
const savedApiUrl = fc.oneof(
  fc.constant(DEFAULT_API_URL),
  fc.integer({ min: 1, max: 65_535 }).map((port) => `http://127.0.0.1:${port}`),
  fc.integer({ min: 1, max: 65_535 }).map((port) => `http://localhost:${port}`),
  fc
    .webUrl({ validSchemes: ['https'], withQueryParameters: false, withFragments: false })
    .map((url) => new URL(url).origin),
);

const validSettings: fc.Arbitrary<Settings> = fc.record({
  orgId: fc.option(fc.integer({ min: 1, max: MAX_ORG_ID }), { nil: null }),
  senderId: validSenderId,
  defaultCountry: fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.constantFrom(...'ABEHKPSZ'))
    .map(([first, second]) => first + second),
  recipientMode,
  apiUrl: savedApiUrl,
  paceLimitPerMinute: fc.integer({ min: 1, max: 60 }),
  quietHours: fc.constantFrom(
    false as const,
    { start: '08:00', end: '21:00' },
    { start: '22:00', end: '06:30' },
  ),
});

/** Values of the kinds a damaged, old or tampered store could hold in any one field. */
const strayValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' PH',
    'ph',
    '1234',
    'javascript:alert(1)',
    'https://api.engagespark.com\n',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    2 ** 53,
    MAX_ORG_ID + 1,
    '__proto__',
  ),
);

/** Settings-shaped objects where any field may be missing, stray or valid. */
const settingsShaped: fc.Arbitrary<unknown> = validSettings.chain((valid) =>
  fc.record(
    Object.fromEntries(
      SETTINGS_KEYS.map((key) => [key, fc.oneof(fc.constant(valid[key]), strayValue)]),
    ) as Record<(typeof SETTINGS_KEYS)[number], fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  ),
);

const anyStored: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  settingsShaped,
  validSettings,
);

/** Text as typed or pasted, biased toward what sits near the edge of each rule. */
function typed(nearValid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    nearValid,
    fc
      .tuple(fc.constantFrom('', ' ', '\n', '\t', '\u00a0', '\u200b'), nearValid)
      .map(([pad, text]) => `${pad}${text}${pad}`),
  );
}

const digitsText = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 12 });

const formInput: fc.Arbitrary<SettingsFormInput> = fc.record({
  apiKey: typed(fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map(String.fromCharCode) })),
  hasSavedKey: fc.boolean(),
  orgId: typed(
    fc.oneof(
      digitsText,
      digitsText.map((digits) => `-${digits}`),
      fc.constantFrom('2147483647', '2147483648', '9007199254740993', '1e3', '0x10', '１２３'),
    ),
  ),
  senderId: typed(validSenderId),
  defaultCountry: typed(fc.constantFrom('PH', 'KE', 'ph', 'P', 'PHL', 'ＰＨ')),
  recipientMode,
  apiUrl: typed(
    fc.oneof(
      savedApiUrl,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        'http://example.com',
        'ftp://api.engagespark.com',
        'javascript:alert(1)',
        'https://user:pass@api.engagespark.com',
        'https://[::1]:8787',
        'http://[::1]:8787',
        'https://api.engagespark.com/v1',
        'api.engagespark.com',
      ),
    ),
  ),
  paceLimitPerMinute: fc.oneof(
    fc.integer({ min: -5, max: 100 }),
    fc.double(),
    typed(digitsText).map((text) => (text.trim() === '' ? Number.NaN : Number(text.trim()))),
  ),
  quietHoursOn: fc.boolean(),
  quietStart: typed(fc.constantFrom('08:00', '21:00', '8:00', '24:00', '')),
  quietEnd: typed(fc.constantFrom('21:00', '08:00', '06:30', '99:99', '')),
});

describe('readStoredSettings properties', () => {
  it(
    'never throws on any stored value and always yields settings the schema accepts unchanged',
    () => {
      fc.assert(
        fc.property(anyStored, (stored) => {
          const { settings, warning } = readStoredSettings(stored);
          expect(settingsSchema.parse(settings)).toEqual(settings);
          expect(Object.keys(settings).sort()).toEqual([...SETTINGS_KEYS].sort());
          if (warning !== undefined) expect(warning).toMatch(/reset to the defaults/);
        }),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'warns exactly when the stored value was refused, and never keeps part of a refused value',
    () => {
      fc.assert(
        fc.property(settingsShaped, (stored) => {
          const parsed = settingsSchema.safeParse(stored);
          const loaded = readStoredSettings(stored);
          if (parsed.success) expect(loaded).toEqual({ settings: parsed.data });
          else
            expect(loaded).toEqual({
              settings: settingsSchema.parse({}),
              warning: expect.any(String),
            });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('valid settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it(
    'read back unchanged, without a warning, after a trip through JSON',
    () => {
      fc.assert(
        fc.property(validSettings, (settings) => {
          expect(readStoredSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'load back unchanged after they are saved to storage',
    async () => {
      await fc.assert(
        fc.asyncProperty(validSettings, async (settings) => {
          await saveSettings(settings);
          expect(await loadSettings()).toEqual({ settings });
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'pass the options form unchanged when the user saves without editing',
    () => {
      const saved = validSettings.filter((settings) => settings.orgId !== null);
      fc.assert(
        fc.property(saved, (settings) => {
          const input = toFormInput(formValuesFrom(settings, 'PH'), '', true);
          expect(validateSettingsForm(input)).toMatchObject({ ok: true, settings });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('validateSettingsForm properties', () => {
  it(
    'never throws, and never accepts settings the schema would refuse or change when saving',
    () => {
      fc.assert(
        fc.property(formInput, (input) => {
          const result = validateSettingsForm(input);
          if (!result.ok) {
            const messages = Object.values(result.errors);
            expect(messages.length).toBeGreaterThan(0);
            for (const message of messages) expect(message).toMatch(/\S/);
            return;
          }
          expect(settingsSchema.safeParse(result.settings)).toEqual({
            success: true,
            data: result.settings,
          });
          expect(result.settings.recipientMode).toBe(input.recipientMode);
          if (result.apiKey === undefined) expect(input.hasSavedKey).toBe(true);
          else expect(result.apiKey).toMatch(/^[\x21-\x7e]{8,200}$/);
          expect(result.extraOriginPattern === undefined).toBe(
            result.settings.apiUrl === DEFAULT_API_URL,
          );
        }),
        { numRuns: 3000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'accepts only API URLs that keep the key off the network in clear',
    () => {
      fc.assert(
        fc.property(formInput, (input) => {
          const result = validateSettingsForm(input);
          if (!result.ok) return;
          const url = new URL(result.settings.apiUrl);
          expect(url.origin).toBe(result.settings.apiUrl);
          expect(
            url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
          ).toBe(true);
        }),
        { numRuns: 3000 },
      );
    },
    TIMEOUT_MS,
  );
});
