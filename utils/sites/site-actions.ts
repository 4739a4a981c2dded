import { browser } from 'wxt/browser';
import { type SiteStatus, sitePattern, withSiteCovered } from './site-coverage';
import { loadSites, saveSites } from './sites-store';

export type SiteChange = { ok: true; covered: boolean } | { ok: false; reason: string };

/**
 * Turns the content script on for a site. Call it synchronously from the click handler, before
 * any await: browsers grant permissions only during a user gesture (Firefox only in the handler's
 * first synchronous part). Access already granted (a default CRM) resolves without a prompt.
 * The background then adds the buttons to the site's open tabs (entrypoints/background/setup-sites).
 */
export function enableSite(status: SiteStatus): Promise<SiteChange> {
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
      return { ok: true, covered: true };
    },
    (): SiteChange => refused(status.site),
  );
}

/** Turns it off; the background tells the site's open tabs to remove their buttons. */
export async function disableSite(status: SiteStatus): Promise<SiteChange> {
  await saveSites(withSiteCovered(await loadSites(), status, false));
  return { ok: true, covered: false };
}

function refused(site: string): SiteChange {
  return {
    ok: false,
    reason: `Without access to ${site} the extension cannot show send buttons there. Click again and allow it.`,
  };
}
