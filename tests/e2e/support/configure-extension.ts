import type { Worker } from '@playwright/test';

export type TestSettings = {
  apiKey?: string;
  orgId?: number | null;
  senderId?: string;
  defaultCountry?: string;
  recipientMode?: 'contact' | 'phonenumber';
  apiUrl?: string;
  paceLimitPerMinute?: number;
  quietHours?: false | { start: string; end: string };
};

export type StoredSettings = { stored: Record<string, unknown>; apiKey: string };

/**
 * Working settings for the sandbox (key `sandbox-key`, organization 1234), with overrides. Quiet
 * hours are off unless a test is about them: the tests send at whatever hour they run, to numbers
 * in many countries, and must pass at any hour of the day.
 */
export function sandboxSettings(settings: TestSettings = {}): StoredSettings {
  const { apiKey = 'sandbox-key', ...rest } = settings;
  const stored = {
    orgId: 1234,
    senderId: '',
    defaultCountry: 'PH',
    recipientMode: 'contact',
    apiUrl: 'https://api.engagespark.com',
    paceLimitPerMinute: 5,
    quietHours: false,
    ...rest,
  };
  return { stored, apiKey };
}

/**
 * Runs inside one of the extension's own contexts (Chromium's worker, a Firefox extension page) and
 * stores settings as the options page does: the settings and the key in the extension origin's
 * IndexedDB. Self-contained, as the browser runs it from its source text.
 */
export async function storeSettingsInExtension({ stored, apiKey }: StoredSettings): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('click-to-sms-secrets', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('secrets');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('secrets', 'readwrite');
      transaction.objectStore('secrets').put(apiKey, 'apiKey');
      transaction.objectStore('secrets').put(stored, 'settings');
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
  const channel = new BroadcastChannel('click-to-sms-changes');
  channel.postMessage('settings');
  channel.close();
}

/** For tests that are not about the options page itself. */
export async function configureExtension(
  serviceWorker: Worker,
  settings: TestSettings = {},
): Promise<void> {
  await serviceWorker.evaluate(storeSettingsInExtension, sandboxSettings(settings));
}
