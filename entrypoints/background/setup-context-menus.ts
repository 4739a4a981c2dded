import { browser } from 'wxt/browser';
import { openComposerFromGesture } from '@/utils/composer/open-composer-window';
import { prefillFromClick, prefillFromText } from '@/utils/context-menu/click-to-prefill';
import {
  createMenuItems,
  isPhoneLink,
  MENU_ITEMS,
  MENU_SEND_TO_LINK,
} from '@/utils/context-menu/menu-items';
import { createRecipientReader } from '@/utils/context-menu/recipient-reader';
import { contextMenusApi, showMenuItemWhen } from '@/utils/platform/browser-differences';
import { loadSettings } from '@/utils/settings/settings-store';

export const OPEN_COMPOSER_COMMAND = 'open-composer';

const menuIds = new Set(MENU_ITEMS.map((item) => item.id));

async function currentRecipientReader() {
  const { settings } = await loadSettings();
  return createRecipientReader(settings.defaultCountry);
}

/** The page's selection, read only when the user pressed the shortcut (activeTab grants it then). */
async function selectedText(tabId: number | undefined): Promise<string> {
  if (tabId === undefined) return '';
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => getSelection()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return ''; // A page the extension may not read (the browser's own pages): open it empty.
  }
}

/**
 * Listeners are added at the top level of the worker on every start, so a click that wakes a
 * sleeping worker is handled; the items themselves are created once per install or update.
 */
export function setupContextMenus(): void {
  const menus = contextMenusApi();
  browser.runtime.onInstalled.addListener(() => void createMenuItems(menus));
  menus.onClicked.addListener((info) => {
    if (!menuIds.has(String(info.menuItemId))) return;
    void currentRecipientReader().then((reader) =>
      openComposerFromGesture(prefillFromClick(info, reader)),
    );
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_COMPOSER_COMMAND) return;
    void Promise.all([selectedText(tab?.id), currentRecipientReader()]).then(([text, reader]) =>
      openComposerFromGesture(prefillFromText(text, reader)),
    );
  });
  // Firefox has no tel:/sms: URL filter: the link item is hidden on other links as the menu opens.
  showMenuItemWhen(MENU_SEND_TO_LINK, isPhoneLink);
}
