import { browser } from 'wxt/browser';
import { moveFromStorageLocal } from '@/utils/storage/move-from-storage-local';

type AccessLevelArea = {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
};

/**
 * Extension storage is for the extension's own pages and this worker. Chrome lets content scripts
 * use storage.local by default; ours never do, and one running in a compromised page could
 * otherwise read the history, queue an SMS in the outbox for this worker to send, or point the
 * API URL (and so the key) at another host the extension may reach. Firefox has no such switch:
 * there, the settings, the outbox and the history live in the extension origin's IndexedDB
 * instead (in Chrome too, one design for both), and the items earlier versions kept in
 * storage.local are moved there at start-up, before a content script could be registered.
 */
export function setupStorageAccess(): void {
  // storage.managed too: it holds the key IT may push by policy, which content scripts can read
  // by default.
  for (const area of [browser.storage.local, browser.storage.managed] as AccessLevelArea[]) {
    area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => {
      console.error('Could not keep extension storage from content scripts:', error);
    });
  }
  moveFromStorageLocal().catch((error: unknown) => {
    console.error('Could not move the settings and the history out of storage.local:', error);
  });
}
