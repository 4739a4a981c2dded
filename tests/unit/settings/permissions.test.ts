import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestHostAccess } from '@/utils/settings/permissions';

const REFUSAL =
  'Without access to http://127.0.0.1:8787 the extension cannot reach that server. Click Save again and allow it.';

describe('requestHostAccess', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('asks for exactly the origin pattern', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await expect(
      requestHostAccess('http://127.0.0.1/*', 'http://127.0.0.1:8787', 'Save'),
    ).resolves.toEqual({
      granted: true,
    });
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('calls the browser synchronously, while the click is still a user gesture', () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    void requestHostAccess('http://127.0.0.1/*', 'http://127.0.0.1:8787', 'Save');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal and names the button to press again', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await expect(
      requestHostAccess('http://127.0.0.1/*', 'http://127.0.0.1:8787', 'Save'),
    ).resolves.toEqual({
      granted: false,
      reason: REFUSAL,
    });
  });

  it('treats a browser error (e.g. a host the manifest does not list) as a refusal', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(
      new Error('Only permissions specified in the manifest may be requested.'),
    );
    const access = await requestHostAccess(
      'http://[::1]/*',
      'http://[::1]:8787',
      'Test connection',
    );
    expect(access).toEqual({
      granted: false,
      reason:
        'Without access to http://[::1]:8787 the extension cannot reach that server. Click Test connection again and allow it.',
    });
  });

  it('treats a synchronous throw as a refusal', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => {
      throw new Error('This function must be called during a user gesture');
    });
    await expect(
      requestHostAccess('http://127.0.0.1/*', 'http://127.0.0.1:8787', 'Save'),
    ).resolves.toMatchObject({
      granted: false,
    });
  });
});
