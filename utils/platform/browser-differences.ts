import { browser } from 'wxt/browser';

/**
 * Everything that differs between Chrome and Firefox lives here, so the rest of the code never
 * asks which browser it runs in.
 */
// `env` is WXT's, set at build time; the demo tour and the bench import shared code under plain
// Node (tsx), where it is absent.
const IS_FIREFOX = import.meta.env?.FIREFOX === true;

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

/**
 * Firefox runs the manifest's content scripts in the matching tabs already open when an add-on is
 * installed, enabled or updated; Chrome runs them only on pages loaded afterwards, so there the
 * background injects them into the open tabs itself.
 */
export const BROWSER_INJECTS_AT_INSTALL = IS_FIREFOX;

/**
 * Firefox unloads the content script of an updated, reloaded or disabled add-on without a word to
 * it, and its buttons stay on the page, dead; the next instance removes them. In Chrome the old
 * instance still runs, is told to stop when the new one starts, and removes its own.
 */
export const UNLOADED_SCRIPT_LEAVES_BUTTONS = IS_FIREFOX;

type MenusNamespace = typeof browser.contextMenus;

/** Firefox names the context-menu API `menus` (its permission too); Chrome calls it `contextMenus`. */
export function contextMenusApi(): MenusNamespace {
  const firefoxMenus = (browser as unknown as { menus?: MenusNamespace }).menus;
  return IS_FIREFOX && firefoxMenus ? firefoxMenus : browser.contextMenus;
}

type FirefoxMenus = {
  onShown: { addListener(listener: (info: { linkUrl?: string }) => void): void };
  update(id: string, properties: { visible: boolean }): Promise<void>;
  refresh(): Promise<void>;
};

/**
 * Firefox only: decides at the moment a menu opens whether an item is shown (Chrome filters by
 * URL patterns instead and needs nothing here).
 */
export function showMenuItemWhen(
  itemId: string,
  isShown: (linkUrl: string | undefined) => boolean,
): void {
  const menus = (browser as unknown as { menus?: FirefoxMenus }).menus;
  if (!IS_FIREFOX || !menus) return;
  menus.onShown.addListener((info) => {
    void menus.update(itemId, { visible: isShown(info.linkUrl) }).then(() => menus.refresh());
  });
}
