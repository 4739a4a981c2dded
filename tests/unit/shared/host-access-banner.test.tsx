// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HostAccessBanner } from '@/components/shared/host-access-banner';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { saveSettings } from '@/utils/settings/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Listener = () => void;
let root: Root | undefined;
let container: HTMLElement;
let granted: Set<string>;
let added: Listener[];
let contains: MockInstance;

/** The fake browser has no permissions API: a small one that grants and revokes like the real. */
function fakePermissions(): void {
  granted = new Set();
  added = [];
  contains = vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.has(origin)));
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    added.push(listener as Listener);
  });
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
}

/** Lets the settings read (IndexedDB, a few tasks deep) and the permission check finish. */
async function settle(): Promise<void> {
  for (let task = 0; task < 10; task += 1)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function render(): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<HostAccessBanner />));
  await settle();
}

function allowButton(): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find(
    (button) => button.textContent === 'Allow access',
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  fakePermissions();
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

describe('HostAccessBanner', () => {
  it('shows nothing when the browser already grants the API (Chrome, at install)', async () => {
    granted.add('https://api.engagespark.com/*');
    await render();
    expect(contains).toHaveBeenCalledWith({ origins: ['https://api.engagespark.com/*'] });
    expect(container.textContent).toBe('');
  });

  it('asks for the API origin inside the click, then goes away', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(async ({ origins = [] }) => {
        for (const origin of origins) granted.add(origin);
        for (const listener of added) listener();
        return true;
      });
    await render();
    expect(container.textContent).toContain('needs your permission to reach engageSPARK.');
    act(() => allowButton()?.click());
    // Synchronously, while the click is still a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://api.engagespark.com/*'] });
    await settle();
    expect(allowButton()).toBeUndefined();
  });

  it('says what to do when the user says no', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await render();
    await act(async () => allowButton()?.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Without access to https://api.engagespark.com the extension cannot reach that server. Click Allow access again and allow it.',
    );
    expect(allowButton()).toBeDefined();
  });

  it('checks the custom API URL of the saved settings, and follows a change', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, apiUrl: 'http://127.0.0.1:8787' });
    granted.add('https://api.engagespark.com/*');
    await render();
    expect(contains).toHaveBeenLastCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(allowButton()).toBeDefined();
    await act(async () => saveSettings(DEFAULT_SETTINGS));
    await settle();
    expect(allowButton()).toBeUndefined();
  });
});
