import { browser } from 'wxt/browser';

/**
 * Calls back when the organization's policy changes (storage.onChanged, area "managed"), so an open
 * page asks the background again. The change itself is not read here: it may hold the key.
 */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
