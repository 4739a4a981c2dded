import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  API_ACCESS_MISSING,
  apiOriginPattern,
  checkApiDestination,
  hasApiAccess,
} from '@/utils/settings/api-access';

describe('apiOriginPattern', () => {
  it.each([
    ['https://api.engagespark.com', 'https://api.engagespark.com/*'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1/*'],
    ['https://staging.example.com:8443', 'https://staging.example.com/*'],
  ])('%s needs %s', (apiUrl, pattern) => {
    expect(apiOriginPattern(apiUrl)).toBe(pattern);
  });

  it('has no pattern for an URL the settings form refuses', () => {
    expect(apiOriginPattern('http://example.com')).toBeUndefined();
  });
});

describe('hasApiAccess', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('asks the browser about exactly the API origin', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await hasApiAccess('https://api.engagespark.com')).toBe(false);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.engagespark.com/*'] });
  });

  it('never says yes for an URL that is not an API origin', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await hasApiAccess('https://evil.example/v')).toBe(false);
    expect(await hasApiAccess('http://evil.example')).toBe(false);
  });

  it('does not block a send when the browser cannot answer', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(new Error('broken'));
    expect(await hasApiAccess('https://api.engagespark.com')).toBe(true);
  });

  it('tells the user where to click', () => {
    expect(API_ACCESS_MISSING.detail).toBe(
      'Your browser has not allowed the extension to reach engageSPARK yet — open the popup and click Allow access.',
    );
  });
});

describe('checkApiDestination', () => {
  const API = 'https://api.engagespark.com';
  /** What a browser with the default CRMs and one user-enabled CRM site grants. */
  const GRANTED = new Set([
    'https://api.engagespark.com/*',
    'https://*.zendesk.com/*',
    'https://crm.example.com/*',
    'http://127.0.0.1/*',
  ]);

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
      origins.every(
        (origin) =>
          GRANTED.has(origin) ||
          (origin.endsWith('.zendesk.com/*') && origin.startsWith('https://')),
      ),
    );
  });

  it.each([
    ['the API, with the API saved', API, API, API],
    ['the API, whatever is saved', `${API}/`, 'http://127.0.0.1:8787', API],
    [
      'the saved sandbox',
      'http://127.0.0.1:8787',
      'http://127.0.0.1:8787',
      'http://127.0.0.1:8787',
    ],
    [
      'a saved custom origin the user allowed',
      'https://crm.example.com',
      'https://crm.example.com',
      'https://crm.example.com',
    ],
  ])('sends to %s', async (_label, apiUrl, saved, origin) => {
    expect(await checkApiDestination(apiUrl, saved)).toEqual({ ok: true, origin });
  });

  it.each([
    // A granted CRM host is not an API: its permission alone never makes it one.
    ['a granted CRM host', 'https://attacker.zendesk.com', API],
    ['a granted user CRM site', 'https://crm.example.com', API],
    ['the sandbox when the API is saved', 'http://127.0.0.1:8787', API],
    ['another port of the saved sandbox', 'http://127.0.0.1:9999', 'http://127.0.0.1:8787'],
    ['a path on the API', `${API}/v`, API],
    ['a path on the saved origin', 'https://crm.example.com/v', 'https://crm.example.com'],
    ['a user name before a granted host', `https://api.engagespark.com@attacker.zendesk.com`, API],
    ['the API with a trailing dot', 'https://api.engagespark.com.', API],
    ['a look-alike IDN host', 'https://аpi.engagespark.com', API],
    ['an origin saved with a path', 'https://evil.example/v', 'https://evil.example/v'],
  ])('refuses %s', async (_label, apiUrl, saved) => {
    expect(await checkApiDestination(apiUrl, saved)).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it('says when the browser has not allowed the saved origin (yet)', async () => {
    expect(await checkApiDestination('https://es.example.org', 'https://es.example.org')).toEqual({
      ok: false,
      reason: 'no-access',
    });
  });
});
