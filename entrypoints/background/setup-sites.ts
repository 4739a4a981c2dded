import { browser } from 'wxt/browser';
import { BROWSER_INJECTS_AT_INSTALL } from '@/utils/platform/browser-differences';
import { grantedSites } from '@/utils/sites/granted-sites';
import { applySiteChange, injectIntoOpenTabs, type TabsAccess } from '@/utils/sites/open-tabs';
import {
  CONTENT_SCRIPT_FILE,
  plannedScripts,
  syncContentScripts,
} from '@/utils/sites/register-sites';
import { loadSites, watchSites } from '@/utils/sites/sites-store';
import { moveFromStorageLocal } from '@/utils/storage/move-from-storage-local';

const tabsAccess: TabsAccess = {
  query: (filter) => browser.tabs.query(filter),
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  injectContentScript: (tabId) =>
    browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [`/${CONTENT_SCRIPT_FILE}` as const],
    }),
};

async function registerSites(): Promise<void> {
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

async function reachOpenTabs(): Promise<void> {
  try {
    await injectIntoOpenTabs(await loadSites(), tabsAccess);
  } catch (error) {
    console.error('Could not add the send buttons to the open tabs:', error);
  }
}

/**
 * Keeps the content scripts in step with the user's site choices and the browser's host
 * permissions. The default CRMs are declared in the manifest (the content script asks whether
 * its site is switched off); the sites the user enabled are registered here. Open tabs follow
 * at once: at install and update they get the content script, and a change of site choices
 * reaches them without a reload.
 */
export function setupSites(): void {
  // The first registration waits for the move out of storage.local: no content script runs before
  // the items it could write there stop being read. One sync at a time after that: two
  // overlapping ones would register the same script id twice.
  let syncing: Promise<void> = moveFromStorageLocal().catch(() => undefined);
  const syncSites = (): Promise<void> => {
    syncing = syncing.then(registerSites, registerSites);
    return syncing;
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncSites();
    if ((reason === 'install' || reason === 'update') && !BROWSER_INJECTS_AT_INSTALL)
      void reachOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void syncSites());
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  watchSites((state, previous) => {
    void syncSites();
    applySiteChange(previous, state, tabsAccess).catch((error: unknown) => {
      console.error('Could not bring the open tabs in step with the site choices:', error);
    });
  });
  void syncSites();
}
