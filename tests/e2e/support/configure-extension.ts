import type { Worker } from '@playwright/test';

export type TestSettings = {
  apiKey?: string;
  orgId?: number | null;
  senderId?: string;
  defaultCountry?: string;
  recipientMode?: 'contact' | 'phonenumber';
  apiUrl?: string;
  paceLimitPerMinute?: number;
};

/**
 * Stores settings the way the options page does (settings in storage.local, the key in the
 * extension origin's IndexedDB), for tests that are not about the options page itself.
 */
export async function configureExtension(
  serviceWorker: Worker,
  settings: TestSettings = {},
): Promise<void> {
  const { apiKey = 'sandbox-key', ...rest } = settings;
  const stored = {
    orgId: 1234,
    senderId: '',
    defaultCountry: 'PH',
    recipientMode: 'contact',
    apiUrl: 'https://api.engagespark.com',
    paceLimitPerMinute: 5,
    ...rest,
  };
  await serviceWorker.evaluate(
    async ({ stored, apiKey }) => {
      await chrome.storage.local.set({ settings: stored });
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('click-to-sms-secrets', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('secrets');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('secrets', 'readwrite');
          transaction.objectStore('secrets').put(apiKey, 'apiKey');
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      });
    },
    { stored, apiKey },
  );
}
