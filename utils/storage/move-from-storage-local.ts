import { browser } from 'wxt/browser';
import { apiOriginOf } from '@/utils/api/api-urls';
import { readRecords } from '@/utils/outbox/read-records';
import { DEFAULT_API_URL } from '@/utils/settings/settings-schema';
import { isDefaultCrm, siteOf } from '@/utils/sites/site-coverage';
import { inTransaction } from './extension-db';

/** The storage.local items that versions before this one kept, and that now live in the DB. */
export const MOVED_KEYS = ['settings', 'messages', 'templates', 'draft'] as const;
type MovedKey = (typeof MOVED_KEYS)[number];
/** Kept in storage.local before too, but only a cache: dropped, the next send refreshes it. */
const DROPPED_KEYS = ['balance'] as const;

export type LegacyItems = Partial<Record<MovedKey | 'sites', unknown>>;
export type MovedEntries = Partial<Record<MovedKey, unknown>>;

/**
 * What the old storage.local items become in the extension DB. Pure, so a before/after fixture
 * tests it. In Firefox a content script could have written those items, so what decides where the
 * key goes is checked again here: an API URL that is not an origin, or that names a CRM site (the
 * page's own host), falls back to engageSPARK's API; the outbox and history keep only records
 * that pass their schema, so a message queued before the update is still sent exactly once.
 */
export function planMove(legacy: LegacyItems): MovedEntries {
  const moved: MovedEntries = {};
  if (legacy.settings !== undefined) moved.settings = moveSettings(legacy.settings, legacy.sites);
  if (legacy.messages !== undefined) moved.messages = readRecords(legacy.messages);
  // Validated on every read by their own stores, as they were in storage.local.
  if (legacy.templates !== undefined) moved.templates = legacy.templates;
  if (legacy.draft !== undefined) moved.draft = legacy.draft;
  return moved;
}

function moveSettings(settings: unknown, sites: unknown): unknown {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return settings;
  const { apiUrl } = settings as { apiUrl?: unknown };
  if (apiUrl === undefined || isTrustworthyApiUrl(apiUrl, sites)) return settings;
  return { ...settings, apiUrl: DEFAULT_API_URL };
}

function isTrustworthyApiUrl(apiUrl: unknown, sites: unknown): boolean {
  if (typeof apiUrl !== 'string') return false;
  const origin = apiOriginOf(apiUrl);
  if (origin === undefined) return false;
  if (origin === DEFAULT_API_URL) return true;
  return !isDefaultCrm(`${origin}/`) && !enabledSites(sites).includes(siteOf(origin) ?? '');
}

function enabledSites(sites: unknown): unknown[] {
  const enabled = (sites as { enabled?: unknown } | null | undefined)?.enabled;
  return Array.isArray(enabled) ? enabled : [];
}

const MARKER = 'movedFromStorageLocal';

/**
 * Moves the old items once per profile, then deletes them from storage.local. The marker is
 * written in the same transaction as the entries: after it, storage.local is never read again
 * for these items, so whatever a content script writes there later is ignored. An entry already
 * in the DB is never overwritten.
 */
async function moveOnce(): Promise<void> {
  const done = await inTransaction<unknown>('readonly', (store, finish) => {
    const request = store.get(MARKER);
    request.onsuccess = () => finish(request.result);
  });
  if (done === undefined) {
    const legacy = (await browser.storage.local.get([...MOVED_KEYS, 'sites'])) as LegacyItems;
    const moved = planMove(legacy);
    await inTransaction<void>('readwrite', (store) => {
      const marker = store.get(MARKER);
      marker.onsuccess = () => {
        if (marker.result !== undefined) return; // Another page moved them first.
        store.put(1, MARKER);
        for (const [key, value] of Object.entries(moved)) {
          const existing = store.get(key);
          existing.onsuccess = () => {
            if (existing.result === undefined) store.put(value, key);
          };
        }
      };
    });
  }
  // With WXT's version records ("settings$"), which would only say the items once existed.
  const gone = [...MOVED_KEYS, ...DROPPED_KEYS];
  await browser.storage.local.remove([...gone, ...gone.map((key) => `${key}$`)]);
}

let moving: { factory: IDBFactory; done: Promise<void> } | undefined;

/** Once per context (and per IndexedDB, so each unit test's fresh database is moved again). */
export function moveFromStorageLocal(): Promise<void> {
  if (moving?.factory !== indexedDB) {
    const done = moveOnce();
    moving = { factory: indexedDB, done };
    // A failure is tried again by the next reader rather than remembered.
    done.catch(() => {
      if (moving?.done === done) moving = undefined;
    });
  }
  return moving.done;
}
