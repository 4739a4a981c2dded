import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The last balance read after a send, so the composer can warn before a 402. */
export const cachedBalanceSchema = z.object({
  balanceMicro: z.number(),
  display: z.string(),
  at: z.number(),
});
export type CachedBalance = z.infer<typeof cachedBalanceSchema>;

export const balanceItem = storage.defineItem<CachedBalance | null>('local:balance', {
  fallback: null,
});

export function readCachedBalance(stored: unknown): CachedBalance | undefined {
  const parsed = cachedBalanceSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
