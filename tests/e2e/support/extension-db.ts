/**
 * The extension origin's IndexedDB, where the key, the settings, the outbox and the history live
 * (utils/storage/extension-db.ts). These run inside one of the extension's own contexts (the
 * Chromium worker, an extension page in either browser) through `evaluate`, so each is
 * self-contained: the browser runs it from its source text.
 */

/** The stored values of `keys` (undefined where absent). */
export async function readDbEntries(keys: string[]): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('click-to-sms-secrets', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('secrets');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction('secrets', 'readonly');
      const store = transaction.objectStore('secrets');
      const values: Record<string, unknown> = {};
      for (const key of keys) {
        const request = store.get(key);
        request.onsuccess = () => {
          values[key] = request.result;
        };
      }
      transaction.oncomplete = () => resolve(values);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Writes each entry (undefined deletes it), as the extension's own stores do. */
export async function writeDbEntries(entries: Record<string, unknown>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('click-to-sms-secrets', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('secrets');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('secrets', 'readwrite');
      const store = transaction.objectStore('secrets');
      for (const [key, value] of Object.entries(entries)) {
        if (value === undefined) store.delete(key);
        else store.put(value, key);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
  // Open pages re-read what changed (the extension's own change notice).
  const channel = new BroadcastChannel('click-to-sms-changes');
  for (const key of Object.keys(entries)) channel.postMessage(key);
  channel.close();
}

/** The outbox and history records, as stored. */
export async function readStoredMessages(): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('click-to-sms-secrets', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('secrets');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('secrets', 'readonly').objectStore('secrets').get('messages');
      request.onsuccess = () => resolve(Array.isArray(request.result) ? request.result : []);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The opt-out list as stored (utils/consent/opt-out-store.ts). */
export async function readStoredOptOuts(): Promise<{
  optOuts: { number: string; source: { kind: string } }[];
  removals: { optOut: { number: string }; lift: { kind: string } }[];
}> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('click-to-sms-secrets', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('secrets');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
  try {
    const stored = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('secrets').objectStore('secrets').get('optOuts');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const list = (stored ?? {}) as { optOuts?: unknown[]; removals?: unknown[] };
    return { optOuts: list.optOuts ?? [], removals: list.removals ?? [] } as never;
  } finally {
    db.close();
  }
}
