import { browser } from 'wxt/browser';

/** First run: the options page with a short welcome, since nothing can be sent before it is filled. */
export function setupInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({
        url: browser.runtime.getURL('/options.html?welcome=1' as '/options.html'),
      });
  });
}
