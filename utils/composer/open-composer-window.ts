import { browser } from 'wxt/browser';
import { z } from 'zod';
import { browserStorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';
import { type ComposerPrefill, composerPath } from './composer-url';
import { leavePrefill, POPUP_SLOT, takePendingPrefill } from './pending-prefill';

/** The composer window this browser session opened, reused so triggers never stack windows. */
const composerWindowItem = defineStoredItem<number | null>({
  area: browserStorageArea('session:composerWindowId'),
  schema: z.number().int().nullable(),
  fallback: null,
});

const WINDOW_SIZE = { width: 420, height: 680 };

/**
 * Opens the composer in a small window of its own, or points the open one at the new prefill.
 * The prefill travels through session storage under a token (pending-prefill.ts), not in the URL.
 */
export async function openComposerWindow(prefill: ComposerPrefill): Promise<void> {
  const token = await leavePrefill(prefill);
  const url = browser.runtime.getURL(composerPath(token) as '/popup.html');
  const windowId = await composerWindowItem.load();
  if (windowId !== null && (await reuseWindow(windowId, url))) return;
  const created = await browser.windows.create({ url, type: 'popup', ...WINDOW_SIZE });
  await composerWindowItem.save(created?.id ?? null);
}

async function reuseWindow(windowId: number, url: string): Promise<boolean> {
  try {
    const window = await browser.windows.get(windowId, { populate: true });
    const tabId = window.tabs?.[0]?.id;
    if (tabId === undefined) return false;
    await browser.tabs.update(tabId, { url });
    await browser.windows.update(windowId, { focused: true });
    return true;
  } catch {
    return false; // The window was closed since: open a new one.
  }
}

/**
 * From a user gesture (menu click, shortcut) the toolbar popup is the natural place; where the
 * browser refuses to open it (no toolbar, an older browser, no focused window), a small window.
 */
export async function openComposerFromGesture(prefill: ComposerPrefill): Promise<void> {
  try {
    await leavePrefill(prefill, POPUP_SLOT);
    await browser.action.openPopup();
  } catch {
    await takePendingPrefill(POPUP_SLOT); // not opened: leave nothing behind for a later popup
    await openComposerWindow(prefill);
  }
}
