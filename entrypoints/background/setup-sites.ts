import { browser } from 'wxt/browser';
import { grantedSites } from '@/utils/sites/granted-sites';
import { plannedScripts, syncContentScripts } from '@/utils/sites/register-sites';
import { loadSites, watchSites } from '@/utils/sites/sites-store';
import { moveFromStorageLocal } from '@/utils/storage/move-from-storage-local';

// The first registration waits for the move out of storage.local: no content script runs before
// the items it could write there stop being read.
let syncing: Promise<void> = moveFromStorageLocal().catch(() => undefined);

/** One sync at a time: two overlapping ones would register the same script id twice. */
function syncSites(): Promise<void> {
  syncing = syncing.then(runSync, runSync);
  return syncing;
}

async function runSync(): Promise<void> {
  try {
    const state = await loadSites();
    await syncContentScripts(
      plannedScripts(state, await grantedSites(state.enabled)),
      browser.scripting,
    );
  } catch (error) {
    console.error('Could not register the CRM content script:', error);
  }
}

/**
 * Keeps the registered content scripts in step with the user's site choices and the browser's
 * host permissions. The default CRMs are registered here too (not in the manifest), so "Disable
 * on this site" can exclude one of them.
 */
export function setupSites(): void {
  browser.runtime.onInstalled.addListener(() => void syncSites());
  browser.runtime.onStartup.addListener(() => void syncSites());
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  watchSites(() => void syncSites());
  void syncSites();
}
