import { describe, expect, it, vi } from 'vitest';
import {
  applySiteChange,
  injectIntoOpenTabs,
  type Tab,
  type TabsAccess,
} from '@/utils/sites/open-tabs';
import { NO_SITE_CHOICES } from '@/utils/sites/site-coverage';

const TABS: Tab[] = [
  { id: 1, url: 'https://acme.lightning.force.com/lightning/r/1' },
  { id: 2, url: 'https://acme.zendesk.com/agent' },
  { id: 3, url: 'https://crm.example.com/contacts' },
  { id: 4, url: 'chrome://extensions/' },
  { id: 5 }, // a tab whose address the extension may not see
  { id: 6, url: 'https://chromewebstore.google.com/' },
  { url: 'https://acme.pipedrive.com/deal/1' }, // no id (devtools)
];

function fakeAccess(refuse: number[] = []) {
  const access = {
    query: vi.fn(async () => TABS),
    sendMessage: vi.fn(async (tabId: number) => {
      if (refuse.includes(tabId)) throw new Error('Receiving end does not exist.');
      return undefined;
    }),
    injectContentScript: vi.fn(async (tabId: number) => {
      if (refuse.includes(tabId)) throw new Error('Cannot access contents of the page.');
      return [];
    }),
  } satisfies TabsAccess;
  return access;
}

describe('injectIntoOpenTabs', () => {
  it('injects into the open tabs whose site gets buttons, and no other', async () => {
    const access = fakeAccess();
    const state = { enabled: ['https://crm.example.com'], disabled: ['https://acme.zendesk.com'] };
    expect(await injectIntoOpenTabs(state, access)).toBe(2);
    expect(access.injectContentScript.mock.calls.map(([tabId]) => tabId)).toEqual([1, 3]);
  });

  it('skips a tab it may not touch without failing the others', async () => {
    const access = fakeAccess([1]);
    const state = { enabled: ['https://crm.example.com'], disabled: [] };
    expect(await injectIntoOpenTabs(state, access)).toBe(2);
    expect(access.injectContentScript).toHaveBeenCalledTimes(3);
  });
});

describe('applySiteChange', () => {
  it('injects into the tabs of a site turned on, then tells every tab', async () => {
    const access = fakeAccess([4, 5, 6]);
    const previous = { enabled: [], disabled: ['https://acme.zendesk.com'] };
    await applySiteChange(previous, { enabled: ['https://crm.example.com'], disabled: [] }, access);
    expect(access.injectContentScript.mock.calls.map(([tabId]) => tabId)).toEqual([2, 3]);
    expect(access.sendMessage.mock.calls).toEqual(
      [1, 2, 3, 4, 5, 6].map((tabId) => [tabId, { name: 'sitesChanged' }]),
    );
    const lastInjection = Math.max(...access.injectContentScript.mock.invocationCallOrder);
    expect(Math.min(...access.sendMessage.mock.invocationCallOrder)).toBeGreaterThan(lastInjection);
  });

  it('only tells the tabs when a site is turned off', async () => {
    const access = fakeAccess();
    await applySiteChange(
      NO_SITE_CHOICES,
      { enabled: [], disabled: ['https://acme.lightning.force.com'] },
      access,
    );
    expect(access.injectContentScript).not.toHaveBeenCalled();
    expect(access.sendMessage).toHaveBeenCalledTimes(6);
  });
});
