import type { Browser } from 'wxt/browser';
import { SITES_CHANGED } from '@/utils/messaging/tab-messages';
import { type SitesState, siteOf, siteStatus, sitesTurnedOn } from './site-coverage';

export type Tab = Pick<Browser.tabs.Tab, 'id' | 'url'>;
/** The parts of the browser the open tabs are reached through (the real ones, or fakes in tests). */
export type TabsAccess = {
  query(filter: Record<string, never>): Promise<Tab[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  /** scripting.executeScript of the content script file into every frame of the tab. */
  injectContentScript(tabId: number): Promise<unknown>;
};

/**
 * Runs the content script now in every frame of the tab, as the browser would on a page load. The
 * new instance replaces one already there (WXT's context tells the old one to remove its buttons),
 * so this is also how an update reaches a page. A tab the extension may not touch (the browser's
 * own pages, the extension store, a site without access) or one that just closed is skipped.
 */
async function injectInto(tab: Tab, access: TabsAccess): Promise<boolean> {
  if (tab.id === undefined) return false;
  try {
    await access.injectContentScript(tab.id);
    return true;
  } catch {
    return false;
  }
}

/**
 * Install and update: the browser runs content scripts on pages loaded from now on only, so every
 * open tab whose site gets buttons is injected now. Only tabs whose address the extension may see
 * are listed with a `url` (the default CRMs and the sites the user granted); frames of other
 * sites inside those tabs are injected too and ask the background whether they are covered.
 * Resolves to the number of tabs reached.
 */
export async function injectIntoOpenTabs(state: SitesState, access: TabsAccess): Promise<number> {
  const tabs = (await access.query({})).filter((tab) => siteStatus(tab.url, state)?.covered);
  const reached = await Promise.all(tabs.map((tab) => injectInto(tab, access)));
  return reached.filter(Boolean).length;
}

/**
 * After the user turned sites on or off: tabs of a site turned on get the content script now
 * (there may be none running there, or an idle one), then every content script is told to ask
 * again whether its frame is covered, and one on a site turned off removes its buttons. Every tab
 * is told, as a frame of a CRM can sit inside a page of another site.
 */
export async function applySiteChange(
  previous: SitesState,
  next: SitesState,
  access: TabsAccess,
): Promise<void> {
  const turnedOn = sitesTurnedOn(previous, next);
  const tabs = await access.query({});
  await Promise.all(
    tabs
      .filter((tab) => {
        const site = siteOf(tab.url);
        return site !== undefined && turnedOn.includes(site);
      })
      .map((tab) => injectInto(tab, access)),
  );
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : access.sendMessage(tab.id, SITES_CHANGED).catch(() => undefined),
    ),
  );
}
