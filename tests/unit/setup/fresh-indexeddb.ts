import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

// The settings, the outbox and the history live in the extension origin's IndexedDB: every test
// starts with an empty one, as a new browser profile would.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
