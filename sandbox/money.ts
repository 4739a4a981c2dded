/**
 * Money formats, all derived from integer micro-dollars (1 USD = 1_000_000), as documented at
 * https://openapi.engagespark.com:
 * - `formatDollars(9_989_999)` → "9.98": rounded DOWN to the cent, always two decimals, no "$"
 *   (the `estimate`, `balanceHuman` and `chargedHuman` fields);
 * - `toDollarNumber(3_141_592)` → 3.141592: a JSON number, up to 6 decimals (the `balance` field).
 * Amounts are never negative: the sandbox refuses to overdraw.
 */

const MICRO_PER_CENT = 10_000;
const MICRO_PER_DOLLAR = 1_000_000;

export function formatDollars(micro: number): string {
  const cents = Math.floor(micro / MICRO_PER_CENT);
  const dollars = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${dollars}.${rest}`;
}

export function toDollarNumber(micro: number): number {
  return micro / MICRO_PER_DOLLAR;
}

/** Parses "10", "10.5" or "0.000001" (dollars) into micro-dollars without floating-point loss. */
export function parseDollars(text: string): number | null {
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(6, '0'));
  const micro = whole * MICRO_PER_DOLLAR + fraction;
  return Number.isSafeInteger(micro) ? micro : null;
}
