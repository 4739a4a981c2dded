import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableSite } from '@/utils/sites/site-actions';
import { loadSites, saveSites } from '@/utils/sites/sites-store';

const other = { site: 'https://crm.example.com', isDefault: false, covered: false };
const crm = { site: 'https://acme.zendesk.com', isDefault: true, covered: true };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('enableSite', () => {
  it('asks for access synchronously, inside the click that called it', () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    void enableSite(other);
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
  });

  it('saves the site once access is granted (the background then reaches its open tabs)', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await enableSite(other)).toEqual({ ok: true, covered: true });
    expect(await loadSites()).toEqual({ enabled: ['https://crm.example.com'], disabled: [] });
  });

  it('saves nothing when access is refused, and says how to retry', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const result = await enableSite(other);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('https://crm.example.com'),
    });
    expect(await loadSites()).toEqual({ enabled: [], disabled: [] });
  });

  it('treats a request the browser will not even show as refused', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(
      new Error('not in the manifest'),
    );
    expect((await enableSite(other)).ok).toBe(false);
  });

  it('re-enables a disabled default CRM', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await saveSites({ enabled: [], disabled: ['https://acme.zendesk.com'] });
    expect(await enableSite({ ...crm, covered: false })).toEqual({ ok: true, covered: true });
    expect(await loadSites()).toEqual({ enabled: [], disabled: [] });
  });
});

describe('disableSite', () => {
  it('disables a default CRM without asking for anything', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(await disableSite(crm)).toEqual({ ok: true, covered: false });
    expect(await loadSites()).toEqual({ enabled: [], disabled: ['https://acme.zendesk.com'] });
    expect(request).not.toHaveBeenCalled();
  });

  it('removes an enabled site', async () => {
    await saveSites({ enabled: ['https://crm.example.com'], disabled: [] });
    await disableSite({ ...other, covered: true });
    expect(await loadSites()).toEqual({ enabled: [], disabled: [] });
  });
});
