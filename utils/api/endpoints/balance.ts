import { z } from 'zod';
import { decimalTextSchema, wholeNumberSchema } from '../answers/fields.ts';
import {
  type LookupResult,
  lookupFailed,
  readLookupAnswer,
} from '../answers/read-lookup-answer.ts';
import type { Answer } from '../transport/exchange.ts';
import type { ApiSession } from '../transport/session.ts';

/**
 * GET /v1/organizations/{orgId}/balance.json: the organization's balance. Also the Settings
 * page's connection test.
 */

export type BalanceLookup = LookupResult<{
  balanceMicro: number;
  /** In dollars for people, e.g. "$9.98" (see formatBalance). */
  display: string;
}>;

export function balanceUrl(base: URL, orgId: number): URL {
  return new URL(`v1/organizations/${orgId}/balance.json`, base);
}

/** Never throws. */
export async function getBalance(session: ApiSession): Promise<BalanceLookup> {
  if (!session.ok) return lookupFailed({ kind: 'invalid', problems: session.problems });
  const url = balanceUrl(session.base, session.orgId);
  return session.call({ method: 'GET', url }, classifyBalanceAnswer, lookupFailed);
}

export const balanceResponseSchema = z.looseObject({
  balance: decimalTextSchema,
  balanceMicro: wholeNumberSchema.nullish(),
  balanceHuman: z.string().nullish(),
});

/**
 * Turns a balance answer into a result. An unreadable 2xx means the API URL points at something
 * else (a captive portal, the marketing site), so it is reported as `not-engagespark`.
 */
function classifyBalanceAnswer(answer: Answer, nowMs: number): BalanceLookup {
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

/**
 * "9.98" → 9_980_000, digit by digit so no float rounding creeps in (9.98 * 1e6 is
 * 9980000.000000001). Digits beyond the sixth decimal are dropped. Expects a checked decimal.
 */
export function decimalToMicro(decimal: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return Math.round(Number(decimal) * 1_000_000);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const micro = Number(whole) * 1_000_000 + Number(fraction.slice(0, 6).padEnd(6, '0'));
  return sign === '-' ? -micro : micro;
}

/**
 * The balance as people read it. engageSPARK accounts are kept in US dollars; its documented
 * `balanceHuman` is a bare "3.14", so "$" is added when no currency sign is there. Without
 * `balanceHuman`, the amount is cut (not rounded) to the cent, as engageSPARK does, so a balance
 * is never shown higher than it is.
 */
export function formatBalance(
  balanceMicro: number,
  balanceHuman: string | null | undefined,
): string {
  const human = balanceHuman?.trim();
  if (!human) return formatMicroDollars(balanceMicro);
  if (!/^-?\d/.test(human)) return human;
  return human.startsWith('-') ? `-$${human.slice(1)}` : `$${human}`;
}

function formatMicroDollars(micro: number): string {
  const sign = micro < 0 ? '-' : '';
  const cents = Math.floor(Math.abs(micro) / 10_000);
  const dollars = Math.floor(cents / 100);
  return `${sign}$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}
