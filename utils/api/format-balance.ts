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
