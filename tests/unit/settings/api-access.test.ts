import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { API_ACCESS_MISSING, apiOriginPattern, hasApiAccess } from '@/utils/settings/api-access';

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
