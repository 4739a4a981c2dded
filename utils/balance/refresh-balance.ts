import { buildClientFromSettings } from '@/utils/connection/build-client';
import type { BalanceResult } from '@/utils/messaging/protocol';
import { failedBalance, toBalanceResult } from './balance-result';
import { balanceItem } from './balance-store';

/** Asks the API for the balance and keeps a good answer for the composer's "too low" warning. */
export async function refreshBalance(now: () => number = Date.now): Promise<BalanceResult> {
  const connection = await buildClientFromSettings();
  if ('failure' in connection) return failedBalance(connection.failure);
  const result = toBalanceResult(await connection.api.getBalance());
  if (result.ok)
    await balanceItem.save({
      balanceMicro: result.balanceMicro,
      display: result.display,
      at: now(),
    });
  return result;
}
