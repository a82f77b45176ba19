/**
 * How timely something was, 0–1: full credit up to `within`, then falling linearly to zero
 * at four times `within`. Negative delays count as on time.
 */
export function timeliness(delayMs: number, withinMs: number): number {
  if (delayMs <= withinMs) return 1;
  const window = Math.max(1, withinMs) * 3;
  return Math.max(0, 1 - (delayMs - withinMs) / window);
}
