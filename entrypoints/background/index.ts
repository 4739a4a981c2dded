import { runDueWork, setupAlarms } from './setup-alarms';
import { setupContextMenus } from './setup-context-menus';
import { setupInstall } from './setup-install';
import { setupMessaging } from './setup-messaging';
import { setupNotifications } from './setup-notifications';
import { setupSites } from './setup-sites';
import { setupStorageAccess } from './setup-storage-access';

export default defineBackground(() => {
  // First, so that no content script can write what this worker is about to read.
  setupStorageAccess();
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
