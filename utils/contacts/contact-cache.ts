import type { RecipientContact } from './recipient-contact';

/**
 * A found name is kept 2 minutes: long enough that typing, switching to the history and opening
 * the composer again (or a burst of replies from one number) asks engageSPARK once; short enough
 * that a contact renamed or created in engageSPARK shows within a couple of minutes. A failure is
 * kept 15 s, so a broken API is not asked on every keystroke yet recovers quickly. In the
 * worker's memory only: it goes when the browser stops the worker, and names are not written down.
 */
export const CONTACT_CACHE_MS = 2 * 60_000;
export const FAILED_LOOKUP_CACHE_MS = 15_000;
/** A cap so that many numbers typed in one session cannot grow the worker's memory. */
const MAX_ENTRIES = 200;

type Entry = { value: Promise<RecipientContact>; expiresAt: number };

export type ContactCache = {
  /** The cached answer for `key`, or `lookUp()`'s, shared by callers that ask at the same time. */
  get(key: string, lookUp: () => Promise<RecipientContact>): Promise<RecipientContact>;
};

export function createContactCache(now: () => number = Date.now): ContactCache {
  const entries = new Map<string, Entry>();
  return {
    get(key, lookUp) {
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) return cached.value;
      entries.delete(key);
      const value = lookUp();
      const entry: Entry = { value, expiresAt: now() + CONTACT_CACHE_MS };
      entries.set(key, entry);
      void value.then((result) => {
        if (result.kind === 'failed') entry.expiresAt = now() + FAILED_LOOKUP_CACHE_MS;
      });
      while (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return value;
    },
  };
}
