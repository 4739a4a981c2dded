import { browser } from 'wxt/browser';
import { senderTrust } from './message-router';
import { tabMessageSchema } from './protocol';

/**
 * For content scripts: calls back on "sites changed" from the extension's background or pages,
 * and on nothing else. Another extension cannot reach this listener, and our own content scripts
 * in other tabs (which could sit in a hostile page) are refused like any other stranger.
 */
export function onSitesChanged(callback: () => void): () => void {
  const ownBaseUrl = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }): undefined => {
    if (senderTrust(sender, browser.runtime.id, ownBaseUrl) !== 'extension-page') return;
    if (tabMessageSchema.safeParse(message).success) callback();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
