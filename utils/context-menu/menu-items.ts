import { LINK_MENU_PATTERNS } from '@/utils/platform/browser-differences';

const MENU_SEND_TO_SELECTION = 'send-sms-to-selection';
export const MENU_SEND_TO_LINK = 'send-sms-to-link';

type MenuContext = 'selection' | 'link';

export type MenuItem = {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  targetUrlPatterns?: string[];
};

/** Only where it is useful: a selection that may be a number, and tel:/sms: links. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { id: MENU_SEND_TO_SELECTION, title: 'Send SMS to “%s”', contexts: ['selection'] },
  {
    id: MENU_SEND_TO_LINK,
    title: 'Send SMS to this number',
    contexts: ['link'],
    ...(LINK_MENU_PATTERNS && { targetUrlPatterns: LINK_MENU_PATTERNS }),
  },
];

export type MenusApi = {
  removeAll(): Promise<void>;
  create(item: MenuItem): unknown;
};

/** Removes everything first, so an update or a reload never meets a duplicate id. */
export async function createMenuItems(menus: MenusApi): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) menus.create(item);
}

export function isPhoneLink(url: string | undefined): boolean {
  return url !== undefined && /^(tel|sms|smsto):/i.test(url.trim());
}
