import { browser } from 'wxt/browser';

/** The toolbar badge: the number of unread replies ("99+" past 99), nothing when there are none. */
export async function showUnreadBadge(unread: number): Promise<void> {
  const text = unread <= 0 ? '' : unread > 99 ? '99+' : String(unread);
  await browser.action.setBadgeText({ text });
  if (text !== '') await browser.action.setBadgeBackgroundColor({ color: '#1a73e8' });
}
