import { browser } from 'wxt/browser';

/**
 * Everything that differs between Chrome and Firefox lives here, so the rest of the code never
 * asks which browser it runs in.
 */
export const IS_FIREFOX = import.meta.env.FIREFOX === true;

/**
 * The browser, as the subject of a sentence about its permissions ("Firefox needs your permission
 * …"). The Chrome build also runs in Edge, Brave and other Chromium browsers, hence no name there.
 */
export const THIS_BROWSER = IS_FIREFOX ? 'Firefox' : 'Your browser';

/**
 * Chrome filters link menu items by `tel:*` / `sms:*` patterns; Firefox's match patterns reject
 * those schemes, so there the item is shown on every link and hidden on others at `menus.onShown`.
 */
export const LINK_MENU_PATTERNS: string[] | undefined = IS_FIREFOX ? undefined : ['tel:*', 'sms:*'];
export const SHOWS_MENUS_DYNAMICALLY = IS_FIREFOX;

type MenusNamespace = typeof browser.contextMenus;

/** Firefox names the context-menu API `menus` (its permission too); Chrome calls it `contextMenus`. */
export function contextMenusApi(): MenusNamespace {
  const firefoxMenus = (browser as unknown as { menus?: MenusNamespace }).menus;
  return IS_FIREFOX && firefoxMenus ? firefoxMenus : browser.contextMenus;
}
