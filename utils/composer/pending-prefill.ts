import { z } from 'zod';
import { browserStorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';
import { type ComposerPrefill, composerPrefillSchema } from './composer-url';

/**
 * How the background hands a prefill to the composer it opens: under a random token in session
 * storage (trusted contexts only: no web page, content script or other extension can read or
 * write it; gone with the browser session). The composer window gets the token in its URL; the
 * toolbar popup, which opens without a query, takes the one left in the POPUP_SLOT. Each is taken
 * once; a stale one (older than a minute) is ignored.
 */
const pendingSchema = z.record(
  z.string(),
  z.object({ prefill: composerPrefillSchema, at: z.number() }),
);
type Pending = z.infer<typeof pendingSchema>;

const pendingPrefillsItem = defineStoredItem<Pending>({
  area: browserStorageArea('session:pendingPrefills'),
  schema: pendingSchema,
  fallback: {},
});

export const POPUP_SLOT = 'popup';
const MAX_AGE_MS = 60_000;

async function readPending(now: number): Promise<Pending> {
  const pending = await pendingPrefillsItem.load();
  return Object.fromEntries(
    Object.entries(pending).filter(([, entry]) => now - entry.at <= MAX_AGE_MS),
  );
}

/** Leaves a prefill for one composer; returns the token that composer must present. */
export async function leavePrefill(
  prefill: ComposerPrefill,
  slot: string = crypto.randomUUID(),
  now = Date.now(),
): Promise<string> {
  const pending = await readPending(now);
  await pendingPrefillsItem.save({ ...pending, [slot]: { prefill, at: now } });
  return slot;
}

export async function takePendingPrefill(
  slot: string,
  now = Date.now(),
): Promise<ComposerPrefill | undefined> {
  const pending = await readPending(now);
  const entry = Object.hasOwn(pending, slot) ? pending[slot] : undefined;
  if (entry) {
    delete pending[slot];
    await pendingPrefillsItem.save(pending);
  }
  return entry?.prefill;
}
