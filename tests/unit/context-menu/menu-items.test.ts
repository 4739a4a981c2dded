import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createMenuItems,
  isPhoneLink,
  MENU_ITEMS,
  type MenusApi,
} from '@/utils/context-menu/menu-items';

/** A menus API that refuses duplicate ids, as Chrome does ("Cannot create item with duplicate id"). */
function strictMenus(): MenusApi & { ids: () => string[] } {
  const items = new Map<string, unknown>();
  return {
    ids: () => [...items.keys()],
    async removeAll() {
      items.clear();
    },
    create(item) {
      if (items.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
      items.set(item.id, item);
    },
  };
}

beforeEach(() => fakeBrowser.reset());

describe('createMenuItems', () => {
  it('creates the items once, however often the extension is installed, updated or reloaded', async () => {
    const menus = strictMenus();
    await createMenuItems(menus);
    await createMenuItems(menus);
    await createMenuItems(menus);
    expect(menus.ids()).toEqual(MENU_ITEMS.map((item) => item.id));
  });

  it('offers a selection item and a tel:/sms: link item, nothing on editable fields or the page', () => {
    expect(MENU_ITEMS.map((item) => [item.title, item.contexts])).toEqual([
      ['Send SMS to “%s”', ['selection']],
      ['Send SMS to this number', ['link']],
    ]);
    expect(MENU_ITEMS[1]?.targetUrlPatterns).toEqual(['tel:*', 'sms:*']);
  });
});

describe('isPhoneLink', () => {
  it.each([
    ['tel:+639171234567', true],
    ['TEL:0917', true],
    ['sms:+639171234567?body=Hi', true],
    ['smsto:123', true],
    ['https://example.com/tel:123', false],
    ['javascript:alert(1)', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isPhoneLink(url)).toBe(expected);
  });
});
