import { storage } from 'wxt/utils/storage';
import type { ComposerPrefill } from './composer-url';

/**
 * The toolbar popup opens without a query string, so an entry point that opens it hands over its
 * prefill here (session storage: trusted contexts only, gone with the browser session). The popup
 * takes it once; a stale one (older than a minute) is ignored.
 */
const pendingPrefillItem = storage.defineItem<{ prefill: ComposerPrefill; at: number } | null>(
  'session:pendingPrefill',
  {
    fallback: null,
  },
);

const MAX_AGE_MS = 60_000;

export async function leavePrefillForPopup(
  prefill: ComposerPrefill,
  now = Date.now(),
): Promise<void> {
  await pendingPrefillItem.setValue({ prefill, at: now });
}

export async function takePendingPrefill(now = Date.now()): Promise<ComposerPrefill | undefined> {
  const pending = await pendingPrefillItem.getValue();
  if (!pending) return undefined;
  await pendingPrefillItem.removeValue();
  return now - pending.at <= MAX_AGE_MS ? pending.prefill : undefined;
}
