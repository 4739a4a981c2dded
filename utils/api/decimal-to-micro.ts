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
