/** engageSPARK prices in micro-dollars; show cents, or more digits for sub-cent amounts. */
export function formatMicro(micro: number): string {
  const dollars = micro / 1_000_000;
  const decimals = micro % 10_000 === 0 ? 2 : 4;
  return `$${dollars.toFixed(decimals)}`;
}
