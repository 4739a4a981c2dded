import { z } from 'zod';
import { MAX_MESSAGE_TEXT } from '@/utils/api/endpoints/messages';
import { extensionDbArea, type StorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

/**
 * A reply to a number this user texted from the extension, as the poller found it. The number is
 * international digits without "+", as in the outbox (`recipient.to`, `sentTo`).
 */
export interface InboundReply {
  /** engageSPARK's message id: unique, so a reply is stored once however often it is seen. */
  id: string;
  from: string;
  text: string;
  /** ISO time engageSPARK created it. */
  receivedAt: string;
}

export type StoredReply = InboundReply & { read: boolean };

/** The replies kept, newest first: at most this many… */
export const MAX_REPLIES = 500;
/** …and none older than the window in which a number counts as texted (known-numbers.ts). */
export const MAX_REPLY_AGE_MS = 30 * 24 * 60 * 60_000;

const storedReplySchema = z.object({
  id: z.string().min(1).max(128),
  from: z.string().regex(/^\d{7,15}$/),
  text: z.string().max(MAX_MESSAGE_TEXT),
  receivedAt: z.iso.datetime({ offset: true }),
  read: z.boolean(),
});

/** Reply by reply: one damaged entry never costs the others. */
function readReplies(stored: unknown): StoredReply[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = storedReplySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** In the extension's IndexedDB, like the history: names and replies are private. */
export const repliesItem = defineStoredItem<StoredReply[]>({
  area: extensionDbArea('replies'),
  schema: z.unknown().transform(readReplies),
  fallback: [],
});

/**
 * Newest first, within the count and the age; and only replies from numbers that are still in
 * the history (`historyNumbers`): a conversation leaves with the history's last message to it.
 */
export function trimReplies(
  replies: readonly StoredReply[],
  nowMs: number,
  historyNumbers?: ReadonlySet<string>,
): StoredReply[] {
  const oldest = nowMs - MAX_REPLY_AGE_MS;
  return [...replies]
    .filter((reply) => Date.parse(reply.receivedAt) >= oldest)
    .filter((reply) => !historyNumbers || historyNumbers.has(reply.from))
    .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt))
    .slice(0, MAX_REPLIES);
}

export function unreadCount(replies: readonly StoredReply[]): number {
  return replies.filter((reply) => !reply.read).length;
}

export type ReplyStore = {
  list(): Promise<StoredReply[]>;
  /** Stores the replies not stored yet (by id) and returns those, oldest first. */
  add(replies: readonly InboundReply[], nowMs: number): Promise<InboundReply[]>;
  /** Marks one number's replies read; returns how many replies are still unread in all. */
  markRead(from: string): Promise<number>;
  /** Drops what is too old, too many, or no longer in the history. */
  prune(historyNumbers: ReadonlySet<string>, nowMs: number): Promise<void>;
};

/** The background is the only writer; changes run one at a time, as in the message store. */
export function createReplyStore(
  area: Pick<StorageArea, 'getValue' | 'setValue'> = repliesItem.area,
): ReplyStore {
  let queue: Promise<unknown> = Promise.resolve();
  const change = <T>(
    act: (replies: StoredReply[]) => { replies: StoredReply[]; result: T },
  ): Promise<T> => {
    const run = queue.then(async () => {
      const before = readReplies(await area.getValue());
      const { replies, result } = act(before);
      if (replies !== before) await area.setValue(replies);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    list: async () => readReplies(await area.getValue()),
    add: (incoming, nowMs) =>
      change((replies) => {
        const known = new Set(replies.map((reply) => reply.id));
        const fresh = uniqueById(incoming).filter((reply) => !known.has(reply.id));
        if (fresh.length === 0) return { replies, result: [] };
        const kept = trimReplies([...replies, ...fresh.map(unread)], nowMs);
        const keptIds = new Set(kept.map((reply) => reply.id));
        const added = fresh
          .filter((reply) => keptIds.has(reply.id))
          .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
        return { replies: kept, result: added };
      }),
    markRead: (from) =>
      change((replies) => {
        if (!replies.some((reply) => reply.from === from && !reply.read))
          return { replies, result: unreadCount(replies) };
        const marked = replies.map((reply) =>
          reply.from === from && !reply.read ? { ...reply, read: true } : reply,
        );
        return { replies: marked, result: unreadCount(marked) };
      }),
    prune: (historyNumbers, nowMs) =>
      change((replies) => {
        const kept = trimReplies(replies, nowMs, historyNumbers);
        return { replies: kept.length === replies.length ? replies : kept, result: undefined };
      }),
  };
}

function unread(reply: InboundReply): StoredReply {
  return {
    id: reply.id,
    from: reply.from,
    text: reply.text,
    receivedAt: reply.receivedAt,
    read: false,
  };
}

function uniqueById(replies: readonly InboundReply[]): InboundReply[] {
  const seen = new Set<string>();
  return replies.filter((reply) => !seen.has(reply.id) && seen.add(reply.id));
}

export function watchReplies(onChange: (replies: StoredReply[]) => void): () => void {
  return repliesItem.watch((replies) => onChange(replies));
}
