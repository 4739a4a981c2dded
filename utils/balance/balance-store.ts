import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

/** The last balance read after a send, so the composer can warn before a 402. */
export const cachedBalanceSchema = z.object({
  balanceMicro: z.number(),
  display: z.string(),
  at: z.number(),
});
export type CachedBalance = z.infer<typeof cachedBalanceSchema>;

/** Beside the key, not in storage.local, which a content script can read in Firefox. */
export const balanceItem = defineStoredItem<CachedBalance | undefined>({
  area: extensionDbArea('balance'),
  schema: cachedBalanceSchema.optional(),
  fallback: undefined,
});

export function readCachedBalance(stored: unknown): CachedBalance | undefined {
  return balanceItem.read(stored).value;
}
