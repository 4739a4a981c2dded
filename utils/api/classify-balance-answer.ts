import { classifyLookupStatus } from './classify-lookup-status.ts';
import { decimalToMicro } from './decimal-to-micro.ts';
import type { Answer } from './exchange.ts';
import { formatBalance } from './format-balance.ts';
import type { BalanceResult } from './lookup-result.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { balanceResponseSchema } from './schemas.ts';
import { describeZodError } from './zod-detail.ts';

/**
 * Turns a balance answer into a result. An unreadable 2xx means the API URL points at something
 * else (a captive portal, the marketing site), so it is reported as `not-engagespark`.
 */
export function classifyBalanceAnswer(answer: Answer, nowMs: number): BalanceResult {
  const failure = classifyLookupStatus(answer, nowMs, { kind: 'wrong-org', status: 404 });
  if (failure) return { ok: false, failure };
  const { status } = answer;
  const json = readJsonAnswer(answer);
  if (json.kind === 'timed-out') return { ok: false, failure: { kind: 'timeout' } };
  if (json.kind === 'broken')
    return { ok: false, failure: { kind: 'network', detail: json.detail } };
  if (json.kind === 'unreadable') {
    return { ok: false, failure: { kind: 'not-engagespark', status, detail: json.detail } };
  }
  const parsed = balanceResponseSchema.safeParse(json.value);
  if (!parsed.success) {
    const detail = describeZodError(parsed.error);
    return { ok: false, failure: { kind: 'not-engagespark', status, detail } };
  }
  const { balance, balanceMicro, balanceHuman } = parsed.data;
  const micro = balanceMicro ?? decimalToMicro(balance);
  return { ok: true, balanceMicro: micro, display: formatBalance(micro, balanceHuman) };
}
