import { storage } from 'wxt/utils/storage';
import { isUnfinished, type MessageRecord, messageRecordSchema } from './message-record';

/** The history keeps this many finished messages; unfinished ones are never dropped. */
export const HISTORY_LIMIT = 300;

export const messagesItem = storage.defineItem<unknown[]>('local:messages', {
  fallback: [],
  version: 1,
});

/** Validates each stored record on its own, so one damaged entry cannot take the others with it. */
export function readRecords(stored: unknown): MessageRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = messageRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Newest first; the oldest finished messages go once the history is over its limit. */
export function trimHistory(records: readonly MessageRecord[]): MessageRecord[] {
  const sorted = [...records].sort((a, b) => b.createdAt - a.createdAt);
  let finishedKept = 0;
  return sorted.filter((record) => isUnfinished(record) || ++finishedKept <= HISTORY_LIMIT);
}

export type MessageStore = {
  list(): Promise<MessageRecord[]>;
  /** Runs `change` on the current list and stores what it returns, one change at a time. */
  mutate<T>(
    change: (records: MessageRecord[]) => { records: MessageRecord[]; result: T },
  ): Promise<T>;
};

/** The background is the only writer; the lock keeps concurrent sends from overwriting each other. */
export function createMessageStore(item = messagesItem): MessageStore {
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
  return messagesItem.watch((value) => onChange(readRecords(value)));
}
