import { describeLookupFailure } from '@/utils/api/describe-outcome';
import type { BalanceResult as ApiBalanceResult } from '@/utils/api/lookup-result';
import type { BalanceResult } from '@/utils/messaging/protocol';

/** A balance answer in the words the popup and the options page show. */
export function toBalanceResult(result: ApiBalanceResult): BalanceResult {
  if (result.ok) return { ok: true, balanceMicro: result.balanceMicro, display: result.display };
  const { title, line } = describeLookupFailure(result.failure);
  return { ok: false, title, detail: line };
}
