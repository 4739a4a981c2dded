import { browser } from 'wxt/browser';
import { BROWSER_INJECTS_AT_INSTALL } from '@/utils/platform/browser-differences';
import { loadEffectiveSites } from '@/utils/policy/load-effective';
import { watchManagedPolicy } from '@/utils/policy/watch-managed-policy';
import { grantedSites } from '@/utils/sites/granted-sites';
import { applySiteChange, injectIntoOpenTabs, type TabsAccess } from '@/utils/sites/open-tabs';
import {
  CONTENT_SCRIPT_FILE,
  plannedScripts,
  syncContentScripts,
} from '@/utils/sites/register-sites';
import { NO_SITE_CHOICES, type SitesState } from '@/utils/sites/site-coverage';
import { watchSites } from '@/utils/sites/sites-store';
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
    const state = await loadEffectiveSites();
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
    await injectIntoOpenTabs(await loadEffectiveSites(), tabsAccess);
  } catch (error) {
    console.error('Could not add the send buttons to the open tabs:', error);
  }
}

/**
 * Keeps the content scripts in step with the effective site choices (the user's, with the
 * organization's policy over them) and the browser's host permissions. The default CRMs are
 * declared in the manifest (the content script asks whether its site is switched off); the other
 * enabled sites are registered here. Open tabs follow at once: at install and update they get the
 * content script, and a change of the user's choices or of the policy reaches them without a
 * reload.
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
  // The effective sites as last applied to the open tabs, so a change acts on what changed.
  let applied: Promise<SitesState> = loadEffectiveSites().catch(() => NO_SITE_CHOICES);
  const followSiteChange = (): void => {
    void syncSites();
    applied = applied.then(async (previous) => {
      try {
        const next = await loadEffectiveSites();
        await applySiteChange(previous, next, tabsAccess);
        return next;
      } catch (error) {
        console.error('Could not bring the open tabs in step with the site choices:', error);
        return previous;
      }
    });
  };
  watchSites(followSiteChange);
  watchManagedPolicy(followSiteChange);
  void syncSites();
}
