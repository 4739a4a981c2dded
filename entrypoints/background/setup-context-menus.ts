import { browser } from 'wxt/browser';
import { savedRecipientReader } from '@/utils/background/saved-recipient-reader';
import { openComposerFromGesture } from '@/utils/composer/open-composer-window';
import { prefillFromClick } from '@/utils/context-menu/click-to-prefill';
import {
  createMenuItems,
  isPhoneLink,
  MENU_ITEMS,
  MENU_SEND_TO_LINK,
} from '@/utils/context-menu/menu-items';
import { contextMenusApi, showMenuItemWhen } from '@/utils/platform/browser-differences';

/**
 * Listeners are added at the top level of the worker on every start, so a click that wakes a
 * sleeping worker is handled; the items themselves are created once per install or update.
 */
export function setupContextMenus(): void {
  const menus = contextMenusApi();
  const menuIds = new Set(MENU_ITEMS.map((item) => item.id));
  browser.runtime.onInstalled.addListener(() => void createMenuItems(menus));
  menus.onClicked.addListener((info) => {
    if (!menuIds.has(String(info.menuItemId))) return;
    void savedRecipientReader().then((reader) =>
      openComposerFromGesture(prefillFromClick(info, reader)),
    );
  });
  // Firefox has no tel:/sms: URL filter: the link item is hidden on other links as the menu opens.
  showMenuItemWhen(MENU_SEND_TO_LINK, isPhoneLink);
}
