/**
 * The extension origin's IndexedDB: content scripts run in the page's origin, so they cannot open
 * it in Chrome or in Firefox, where storage.local stays open to them whatever the extension does.
 * Whatever decides where the API key goes (the key, the API URL, the organization), what the
 * background sends (the outbox, the opt-out list) or what is private (the history, the unsent
 * draft, the templates, the balance) lives here. Only extension pages and the background use it.
 */
const DB_NAME = 'click-to-sms-secrets';
const STORE = 'secrets';
/** Change notices between the extension's own pages and its background (same origin only). */
const CHANGES_CHANNEL = 'click-to-sms-changes';

/** The items kept here; each may have a layout version beside it (`settings$`). */
export type ItemKey =
  | 'apiKey'
  | 'settings'
  | 'messages'
  | 'templates'
  | 'draft'
  | 'drafts'
  | 'balance'
  | 'optOuts'
  | 'replies'
  | 'replyPoll';
export type EntryKey = ItemKey | `${ItemKey}$` | 'movedFromStorageLocal';

/** Named as WXT names its version records, so the two backends keep versions alike. */
export function versionKeyOf(key: ItemKey): `${ItemKey}$` {
  return `${key}$`;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `act` in one transaction and resolves with its value once the transaction has committed. */
export async function inTransaction<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore, done: (value: T) => void) => void,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      let result: T | undefined;
      act(transaction.objectStore(STORE), (value) => {
        result = value;
      });
      transaction.oncomplete = () => resolve(result as T);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export function readEntry(key: EntryKey): Promise<unknown> {
  return inTransaction<unknown>('readonly', (store, done) => {
    const request = store.get(key);
    request.onsuccess = () => done(request.result);
  });
}

/** Several entries read in one transaction, so they agree with each other. */
export function readEntries(keys: readonly EntryKey[]): Promise<unknown[]> {
  return inTransaction<unknown[]>('readonly', (store, done) => {
    const values: unknown[] = [];
    keys.forEach((key, index) => {
      const request = store.get(key);
      request.onsuccess = () => {
        values[index] = request.result;
        if (index === keys.length - 1) done(values);
      };
    });
  });
}

export async function writeEntry(key: EntryKey, value: unknown): Promise<void> {
  await inTransaction<void>('readwrite', (store) => store.put(value, key));
  announceChange(key);
}

export async function deleteEntry(key: EntryKey): Promise<void> {
  await inTransaction<void>('readwrite', (store) => store.delete(key));
  announceChange(key);
}

/**
 * Tells every other extension page and the background that an entry changed. A BroadcastChannel
 * is bound to the extension's origin, so a content script can neither hear nor forge it.
 */
export function announceChange(key: EntryKey): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage(key);
  channel.close();
}

/** Calls back whenever an entry changes in any of the extension's own contexts, this one included. */
export function watchEntry(key: EntryKey, onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === key) onChange();
  };
  return () => channel.close();
}
