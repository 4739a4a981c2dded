import { browser } from 'wxt/browser';
import { openComposerWindow } from '@/utils/composer/open-composer-window';
import { parseNotificationId } from '@/utils/notifications/notification-target';

/** A click on a settings problem opens the options page; any other opens the history. */
export function setupNotifications(): void {
  browser.notifications.onClicked.addListener((id) => {
    const target = parseNotificationId(id);
    if (!target) return;
    void browser.notifications.clear(id);
    if (target === 'options') void browser.runtime.openOptionsPage();
    else void openComposerWindow({ tab: 'history' });
  });
}
