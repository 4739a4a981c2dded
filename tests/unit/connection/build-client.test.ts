import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildClientFromSettings } from '@/utils/connection/build-client';
import { describeFailure } from '@/utils/failure/describe-failure';
import { needsSettings } from '@/utils/failure/failure';
import { API_ACCESS_MISSING } from '@/utils/settings/api-access';
import { saveApiKey } from '@/utils/settings/api-key-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { saveSettings } from '@/utils/settings/settings-store';

describe('buildClientFromSettings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234 });
    await saveApiKey('sandbox-key');
  });

  it('says the browser has not allowed the API yet, instead of failing later as a network error', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const connection = await buildClientFromSettings();
    expect(connection).toEqual({ failure: { kind: 'api-url-refused', reason: 'no-access' } });
    if (!('failure' in connection)) throw new Error('connected');
    expect(describeFailure(connection.failure)).toEqual({
      title: API_ACCESS_MISSING.title,
      line: API_ACCESS_MISSING.detail,
    });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.engagespark.com/*'] });
  });

  it('checks the custom API URL’s origin', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234, apiUrl: 'http://127.0.0.1:8787' });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await buildClientFromSettings()).toHaveProperty('api');
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('ignores settings a content script wrote to storage.local', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    await buildClientFromSettings();
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, orgId: 1234, apiUrl: 'https://attacker.zendesk.com' },
    });
    const fetchSpy = vi.fn(
      async (_input: RequestInfo | URL) => new Response('{}', { status: 500 }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const connection = await buildClientFromSettings();
    if (!('api' in connection)) throw new Error('not connected');
    await connection.api.getBalance();
    expect(String(fetchSpy.mock.calls[0]?.[0])).toMatch(/^https:\/\/api\.engagespark\.com\//);
  });

  it('refuses a stored API URL that is not an origin, whatever the browser grants', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { writeEntry } = await import('@/utils/storage/extension-db');
    await writeEntry('settings', {
      ...DEFAULT_SETTINGS,
      orgId: 1234,
      apiUrl: 'https://evil.example/v',
    });
    // A settings problem (the damaged entry reads as no settings at all): nothing is sent.
    const connection = await buildClientFromSettings();
    if (!('failure' in connection)) throw new Error('connected');
    expect(needsSettings(connection.failure)).toBe(true);
  });

  it('reports missing settings before asking about access', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');
    const connection = await buildClientFromSettings();
    expect(connection).toMatchObject({ failure: { kind: 'settings-missing' } });
    if (!('failure' in connection)) throw new Error('connected');
    expect(describeFailure(connection.failure).title).toBe('Not set up yet');
    expect(contains).not.toHaveBeenCalled();
  });
});
