import { z } from 'zod';
import { defineExtensionItem } from '@/utils/storage/extension-item';

/** The last balance read after a send, so the composer can warn before a 402. */
export const cachedBalanceSchema = z.object({
  balanceMicro: z.number(),
  display: z.string(),
  at: z.number(),
});
export type CachedBalance = z.infer<typeof cachedBalanceSchema>;

/** Beside the key, not in storage.local, which a content script can read in Firefox. */
export const balanceItem = defineExtensionItem('balance', null);

export function readCachedBalance(stored: unknown): CachedBalance | undefined {
  const parsed = cachedBalanceSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
