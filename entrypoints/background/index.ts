import { createServices } from '@/utils/background/services';
import { setupAlarms } from './setup-alarms';
import { setupContextMenus } from './setup-context-menus';
import { setupInstall } from './setup-install';
import { setupMessaging } from './setup-messaging';
import { setupNotifications } from './setup-notifications';
import { setupShortcut } from './setup-shortcut';
import { setupSites } from './setup-sites';
import { setupStorageAccess } from './setup-storage-access';

// Only wiring, and all of it inside main: WXT imports this file at build time too.
export default defineBackground(() => {
  // First, so that no content script can write what this worker is about to read.
  setupStorageAccess();
  const services = createServices();
  // Listeners first, at the top level, so an event that woke the worker is not missed.
  setupMessaging(services);
  setupAlarms(services);
  setupNotifications();
  setupContextMenus();
  setupShortcut();
  setupInstall();
  setupSites();
  // A worker that starts finds what its predecessor left: a send cut off mid-request is resumed.
  void services.runDueWork({ startup: true });
  // The badge as the stored replies say, and the reply poll's alarm if the browser dropped it.
  void services.replyService.start();
});
