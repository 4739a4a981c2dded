import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';
import {
  loadSettings,
  readStoredSettings,
  saveSettings,
  watchSettings,
} from '@/utils/settings/settings-store';

const GOOD: Settings = {
  orgId: 1234,
  senderId: 'ACME',
  defaultCountry: 'KE',
  recipientMode: 'phonenumber',
  apiUrl: 'https://api.engagespark.com',
  paceLimitPerMinute: 3,
  quietHours: { start: '09:00', end: '20:30' },
};

describe('readStoredSettings', () => {
  it('gives the defaults without a warning when nothing is stored', () => {
    expect(readStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('fills fields missing from an older value with their defaults', () => {
    expect(readStoredSettings({ orgId: 7 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, orgId: 7 },
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['a bad organization', { ...GOOD, orgId: 'abc' }],
    ['a bad country', { ...GOOD, defaultCountry: 'Philippines' }],
    ['a bad pace', { ...GOOD, paceLimitPerMinute: 1000 }],
    ['a bad URL', { ...GOOD, apiUrl: 'nope' }],
  ])('falls back to the defaults with a warning for %s', (_name, stored) => {
    const loaded = readStoredSettings(stored);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warning).toMatch(/could not be read .* reset to the defaults/);
  });

  it('names the damaged fields in the warning', () => {
    const loaded = readStoredSettings({ ...GOOD, orgId: 'abc', apiUrl: 5 });
    expect(loaded.warning).toContain('(orgId, apiUrl)');
  });
});

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads what was saved', async () => {
    await saveSettings(GOOD);
    expect(await loadSettings()).toEqual({ settings: GOOD });
  });

  it('loads a damaged value as the defaults with a warning instead of throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { orgId: 'not a number' } });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.warning).toContain('orgId');
  });

  it('refuses to store settings the schema refuses', async () => {
    await expect(saveSettings({ ...GOOD, paceLimitPerMinute: 0 })).rejects.toThrow();
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('tells watchers about every change', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await saveSettings(GOOD);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ settings: GOOD }));
    stop();
  });
});
