import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSitesChanged } from '@/utils/messaging/tab-messages';

beforeEach(() => {
  fakeBrowser.reset();
});

it('follows "sites changed" from the extension itself, and from nobody else', async () => {
  const callback = vi.fn();
  const stop = onSitesChanged(callback);
  const message = { name: 'sitesChanged' };
  const background = { id: browser.runtime.id, url: browser.runtime.getURL('/background.js') };

  await fakeBrowser.runtime.onMessage.trigger(message, {
    id: 'another-extension',
    url: 'chrome-extension://another-extension/background.js',
  });
  // Our own content script in another tab (which may sit in a hostile page).
  await fakeBrowser.runtime.onMessage.trigger(message, {
    id: browser.runtime.id,
    url: 'https://evil.example/',
  });
  await fakeBrowser.runtime.onMessage.trigger({ name: 'sitesChanged', extra: 1 }, background);
  expect(callback).not.toHaveBeenCalled();

  await fakeBrowser.runtime.onMessage.trigger(message, background);
  expect(callback).toHaveBeenCalledTimes(1);

  stop();
  await fakeBrowser.runtime.onMessage.trigger(message, background);
  expect(callback).toHaveBeenCalledTimes(1);
});
