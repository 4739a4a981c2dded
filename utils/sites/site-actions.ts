import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './register-sites';
import { type SiteStatus, sitePattern, withSiteCovered } from './site-coverage';
import { loadSites, saveSites } from './sites-store';

export type SiteChange = { ok: true; covered: boolean } | { ok: false; reason: string };

/**
 * Turns the content script on for a site. Call it synchronously from the click handler, before
 * any await: browsers grant permissions only during a user gesture (Firefox only in the handler's
 * first synchronous part). Access already granted (a default CRM) resolves without a prompt.
 */
export function enableSite(status: SiteStatus, tabId?: number): Promise<SiteChange> {
  let request: Promise<boolean>;
  try {
    request = browser.permissions.request({ origins: [sitePattern(status.site)] });
  } catch {
    request = Promise.resolve(false);
  }
  return request.then(
    async (granted): Promise<SiteChange> => {
      if (!granted) return refused(status.site);
      await saveSites(withSiteCovered(await loadSites(), status, true));
      if (tabId !== undefined) await markTabNow(tabId);
      return { ok: true, covered: true };
    },
    (): SiteChange => refused(status.site),
  );
}

/** Turns it off; buttons already on an open page stay until the page is reloaded. */
export async function disableSite(status: SiteStatus): Promise<SiteChange> {
  await saveSites(withSiteCovered(await loadSites(), status, false));
  return { ok: true, covered: false };
}

/** The page open now gets its buttons without a reload (registered scripts run on the next load). */
async function markTabNow(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [`/${CONTENT_SCRIPT_FILE}` as const],
    });
  } catch {
    // A page the browser protects, or one that closed: it is marked on its next load.
  }
}

function refused(site: string): SiteChange {
  return {
    ok: false,
    reason: `Without access to ${site} the extension cannot show send buttons there. Click again and allow it.`,
  };
}
