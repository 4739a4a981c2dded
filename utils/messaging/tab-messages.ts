import { browser } from 'wxt/browser';
import { senderTrust } from './sender-trust';

/**
 * The one message the background sends to content scripts (tabs.sendMessage): the user's site
 * choices changed, so each content script asks again whether its frame gets buttons.
 */
export const SITES_CHANGED = { name: 'sitesChanged' } as const;

/**
 * For content scripts: calls back on "sites changed" from the extension's background or pages,
 * and on nothing else. Another extension cannot reach this listener, and our own content scripts
 * in other tabs (which could sit in a hostile page) are refused like any other stranger.
 */
export function onSitesChanged(callback: () => void): () => void {
  const ownBaseUrl = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }): undefined => {
    if (senderTrust(sender, browser.runtime.id, ownBaseUrl) !== 'extension-page') return;
    if (isSitesChanged(message)) callback();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Checked by hand, not with zod: the content script runs on every CRM page and stays small. */
function isSitesChanged(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && (message as { name?: unknown }).name === SITES_CHANGED.name;
}
