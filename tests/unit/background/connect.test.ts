import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connect } from '@/utils/background/connect';
import { API_ACCESS_MISSING } from '@/utils/settings/api-access';
import { saveApiKey } from '@/utils/settings/api-key-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { saveSettings } from '@/utils/settings/settings-store';

describe('connect', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234 });
    await saveApiKey('sandbox-key');
  });

  it('says the browser has not allowed the API yet, instead of failing later as a network error', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await connect()).toEqual({ problem: { kind: 'settings', ...API_ACCESS_MISSING } });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.engagespark.com/*'] });
  });

  it('checks the custom API URL’s origin', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234, apiUrl: 'http://127.0.0.1:8787' });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await connect()).toHaveProperty('api');
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('reports missing settings before asking about access', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');
    expect(await connect()).toMatchObject({ problem: { title: 'Not set up yet' } });
    expect(contains).not.toHaveBeenCalled();
  });
});
