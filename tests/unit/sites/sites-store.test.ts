import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_SITE_CHOICES } from '@/utils/sites/site-coverage';
import { loadSites, readSites, saveSites, sitesItem, watchSites } from '@/utils/sites/sites-store';

describe('readSites', () => {
  it('reads a good value and drops duplicates', () => {
    expect(
      readSites({
        enabled: ['https://crm.example.com', 'https://crm.example.com'],
        disabled: ['https://acme.zendesk.com'],
      }),
    ).toEqual({ enabled: ['https://crm.example.com'], disabled: ['https://acme.zendesk.com'] });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'https://crm.example.com'],
    ['a missing list', { enabled: [] }],
    ['a URL with a path', { enabled: ['https://crm.example.com/x'], disabled: [] }],
    ['plain HTTP to a remote host', { enabled: ['http://crm.example.com'], disabled: [] }],
    ['a pattern', { enabled: ['https://*/*'], disabled: [] }],
    ['a number', { enabled: [42], disabled: [] }],
  ])('falls back to no choices for %s', (_name, stored) => {
    expect(readSites(stored)).toEqual(NO_SITE_CHOICES);
  });
});

describe('sites in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts with no choices', async () => {
    expect(await loadSites()).toEqual(NO_SITE_CHOICES);
  });

  it('loads what was saved, under local:sites', async () => {
    const state = { enabled: ['https://crm.example.com'], disabled: [] };
    await saveSites(state);
    expect(await loadSites()).toEqual(state);
    expect(await fakeBrowser.storage.local.get('sites')).toEqual({ sites: state });
  });

  it('refuses to save a damaged value', async () => {
    await expect(saveSites({ enabled: ['javascript:alert(1)'], disabled: [] })).rejects.toThrow();
    expect(await loadSites()).toEqual(NO_SITE_CHOICES);
  });

  it('reads a damaged stored value as no choices', async () => {
    await sitesItem.area.setValue({ enabled: 'everything' });
    expect(await loadSites()).toEqual(NO_SITE_CHOICES);
  });

  it('tells watchers about changes', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSites((state) => seen.push(state));
    await saveSites({ enabled: [], disabled: ['https://acme.zendesk.com'] });
    unwatch();
    expect(seen).toEqual([{ enabled: [], disabled: ['https://acme.zendesk.com'] }]);
  });
});
