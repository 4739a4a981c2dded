import { z } from 'zod';
import { extensionDbArea, type StorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';
import { isUnfinished, type MessageRecord } from './message-record';
import { readRecords } from './read-records';

export { readRecords };

/** The history keeps this many finished messages; unfinished ones are never dropped. */
export const HISTORY_LIMIT = 300;
/**
 * And at most this much text (JSON characters), so the history has a fixed budget however long
 * the messages and answers in it are: about 300 full-length SMS, or thousands of short ones.
 */
export const HISTORY_BUDGET_CHARS = 1_000_000;

/**
 * The outbox and the history, in the extension origin's IndexedDB: in Firefox a content script
 * can read and write storage.local, and this list holds private text and what the worker sends.
 */
export const messagesItem = defineStoredItem<MessageRecord[]>({
  area: extensionDbArea('messages'),
  // Record by record (read-records.ts): one damaged record never costs the outbox the others.
  schema: z.unknown().transform(readRecords),
  fallback: [],
});

/**
 * Newest first; the oldest finished messages go once the history is over its count or its
 * budget. Unfinished ones always stay: each is a promise to send (or to report) exactly once.
 */
export function trimHistory(records: readonly MessageRecord[]): MessageRecord[] {
  const sorted = [...records].sort((a, b) => b.createdAt - a.createdAt);
  let budget =
    HISTORY_BUDGET_CHARS -
    sorted.filter(isUnfinished).reduce((sum, record) => sum + sizeOf(record), 0);
  let finishedKept = 0;
  return sorted.filter((record) => {
    if (isUnfinished(record)) return true;
    const size = sizeOf(record);
    if (finishedKept >= HISTORY_LIMIT || size > budget) {
      budget = 0; // Keep the history contiguous: nothing older than a dropped message stays.
      return false;
    }
    finishedKept += 1;
    budget -= size;
    return true;
  });
}

function sizeOf(record: MessageRecord): number {
  return JSON.stringify(record).length;
}

export type MessageStore = {
  list(): Promise<MessageRecord[]>;
  /** Runs `change` on the current list and stores what it returns, one change at a time. */
  mutate<T>(
    change: (records: MessageRecord[]) => { records: MessageRecord[]; result: T },
  ): Promise<T>;
};

/** The background is the only writer; the lock keeps concurrent sends from overwriting each other. */
export function createMessageStore(
  item: Pick<StorageArea, 'getValue' | 'setValue'> = messagesItem.area,
): MessageStore {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async list() {
      return readRecords(await item.getValue());
    },
    mutate(change) {
      const run = queue.then(async () => {
        const { records, result } = change(readRecords(await item.getValue()));
        await item.setValue(trimHistory(records));
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export function watchRecords(onChange: (records: MessageRecord[]) => void): () => void {
  return messagesItem.watch((records) => onChange(records));
}
