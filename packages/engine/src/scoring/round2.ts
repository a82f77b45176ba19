/** Rounds to two decimals, the precision scores are shown and compared at. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
