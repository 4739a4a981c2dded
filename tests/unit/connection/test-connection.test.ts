import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testConnection } from '@/utils/connection/test-connection';
import { API_URL_NOT_ALLOWED } from '@/utils/settings/api-access';
import { saveApiKey } from '@/utils/settings/api-key-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { saveSettings } from '@/utils/settings/settings-store';

const BALANCE = JSON.stringify({ balance: '12.50', currency: 'PHP' });

describe('testConnection', () => {
  let fetchSpy: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    // Granted: the API, a default CRM host and the sandbox, as in a real profile.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    fetchSpy = vi.fn(async () => new Response(BALANCE, { status: 200 }));
    vi.stubGlobal('fetch', fetchSpy);
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234 });
    await saveApiKey('saved-key-1234');
  });

  const calledUrls = (): string[] => fetchSpy.mock.calls.map(([url]) => String(url));

  it('tests the saved key against engageSPARK', async () => {
    const result = await testConnection({ apiUrl: 'https://api.engagespark.com', orgId: 1234 });
    expect(result.ok).toBe(true);
    expect(calledUrls()).toEqual([
      'https://api.engagespark.com/v1/organizations/1234/balance.json',
    ]);
  });

  it.each([
    'https://evil.example',
    'https://attacker.zendesk.com',
    'https://api.engagespark.com/v',
    'http://127.0.0.1:8787',
  ])('never sends the saved key to %s', async (apiUrl) => {
    expect(await testConnection({ apiUrl, orgId: 1234 })).toEqual({
      ok: false,
      title: API_URL_NOT_ALLOWED.title,
      detail: expect.stringMatching(
        /^The saved API key is only sent to https:\/\/api\.engagespark\.com/,
      ),
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sends the saved key to the API URL saved in Settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234, apiUrl: 'http://127.0.0.1:8787' });
    expect((await testConnection({ apiUrl: 'http://127.0.0.1:8787', orgId: 1234 })).ok).toBe(true);
    expect(calledUrls()).toEqual(['http://127.0.0.1:8787/v1/organizations/1234/balance.json']);
  });

  it('tries a key typed beside a new, allowed API origin (what Save would store), never a path', async () => {
    const typed = { orgId: 1234, apiKey: 'typed-key-5678' };
    expect((await testConnection({ ...typed, apiUrl: 'http://127.0.0.1:8787' })).ok).toBe(true);
    expect(await testConnection({ ...typed, apiUrl: 'http://127.0.0.1:8787/v' })).toMatchObject({
      ok: false,
    });
    expect(calledUrls()).toEqual(['http://127.0.0.1:8787/v1/organizations/1234/balance.json']);
  });
});
