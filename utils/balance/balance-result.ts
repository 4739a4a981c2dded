import type { BalanceLookup } from '@/utils/api/endpoints/balance';
import { describeFailure } from '@/utils/failure/describe-failure';
import { describeLookupFailure } from '@/utils/failure/describe-outcome';
import type { Failure } from '@/utils/failure/failure';
import type { BalanceResult } from '@/utils/messaging/protocol';

/** A balance answer in the words the popup and the options page show. */
export function toBalanceResult(result: BalanceLookup): BalanceResult {
  if (result.ok) return { ok: true, balanceMicro: result.balanceMicro, display: result.display };
  const { title, line } = describeLookupFailure(result.failure);
  return { ok: false, title, detail: line };
}

/** A balance that could not even be asked for (settings missing, API URL refused). */
export function failedBalance(failure: Failure): BalanceResult {
  const { title, line } = describeFailure(failure);
  return { ok: false, title, detail: line };
}
