/**
 * The API key lives in the extension origin's IndexedDB, never in storage.local: content scripts run
 * in the page's origin, so they cannot open this database in Chrome or in Firefox (Firefox has no
 * access-level switch for storage areas). Only extension pages and the background read it.
 */
const DB_NAME = 'click-to-sms-secrets';
const STORE = 'secrets';
const API_KEY = 'apiKey';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export async function readApiKey(): Promise<string | undefined> {
  const value = await withStore('readonly', (store) => store.get(API_KEY));
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function saveApiKey(apiKey: string): Promise<void> {
  await withStore('readwrite', (store) => store.put(apiKey, API_KEY));
}

export async function forgetApiKey(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(API_KEY));
}

/** What the options page may show of a saved key: its last four characters. */
export function maskApiKey(apiKey: string): string {
  return `•••• ${apiKey.slice(-4)}`;
}
