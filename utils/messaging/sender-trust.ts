import type { Trust } from './protocol';

export type SenderInfo = { id?: string; url?: string; origin?: string; tab?: unknown };

/**
 * Classifies who sent a message: the browser fills `sender`, so a page cannot fake it. Extension
 * pages live under our own base URL (`chrome-extension://<id>/`, `moz-extension://<uuid>/`);
 * anything else from our extension is a content script inside some web page. A string prefix,
 * not URL.origin: extension schemes have an opaque origin outside the browser.
 */
export function senderTrust(
  sender: SenderInfo,
  ownId: string,
  ownBaseUrl: string,
): Trust | undefined {
  if (sender.id !== ownId || !sender.url || !URL.canParse(sender.url)) return undefined;
  return sender.url.startsWith(ownBaseUrl) ? 'extension-page' : 'content-script';
}
