import { decimalToMicro } from './decimal-to-micro.ts';
import type { Answer } from './exchange.ts';
import { formatBalance } from './format-balance.ts';
import type { BalanceResult } from './lookup-result.ts';
import { readLookupAnswer } from './read-lookup-answer.ts';
import { balanceResponseSchema } from './schemas.ts';

/**
 * Turns a balance answer into a result. An unreadable 2xx means the API URL points at something
 * else (a captive portal, the marketing site), so it is reported as `not-engagespark`.
 */
export function classifyBalanceAnswer(answer: Answer, nowMs: number): BalanceResult {
  const read = readLookupAnswer(
    answer,
    nowMs,
    balanceResponseSchema,
    { kind: 'wrong-org', status: 404 },
    'not-engagespark',
  );
  if (!read.ok) return read;
  const { balance, balanceMicro, balanceHuman } = read.value;
  const micro = balanceMicro ?? decimalToMicro(balance);
  return { ok: true, balanceMicro: micro, display: formatBalance(micro, balanceHuman) };
}
