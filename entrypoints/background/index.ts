import { runDueWork, setupAlarms } from './setup-alarms';
import { setupContextMenus } from './setup-context-menus';
import { setupInstall } from './setup-install';
import { setupMessaging } from './setup-messaging';
import { setupNotifications } from './setup-notifications';
import { setupSites } from './setup-sites';

export default defineBackground(() => {
  // Listeners first, at the top level, so an event that woke the worker is not missed.
  setupMessaging();
  setupAlarms();
  setupNotifications();
  setupContextMenus();
  setupInstall();
  setupSites();
  // A worker that starts finds what its predecessor left: a send cut off mid-request is resumed.
  void runDueWork({ startup: true });
});
