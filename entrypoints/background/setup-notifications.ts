import { browser } from 'wxt/browser';
import { openComposerWindow } from '@/utils/composer/open-composer-window';
import { parseReplyNotificationId } from '@/utils/conversations/reply-notification';
import { parseNotificationId } from '@/utils/notifications/notification-target';

/**
 * A click on a reply opens its conversation; on a settings problem, the options page; on any
 * other, the history.
 */
export function setupNotifications(): void {
  browser.notifications.onClicked.addListener((id) => {
    // A reply opens the composer on its conversation.
    const conversation = parseReplyNotificationId(id);
    if (conversation) {
      void browser.notifications.clear(id);
      void openComposerWindow({ to: conversation });
      return;
    }
    const target = parseNotificationId(id);
    if (!target) return;
    void browser.notifications.clear(id);
    if (target === 'options') void browser.runtime.openOptionsPage();
    else void openComposerWindow({ tab: 'history' });
  });
}
