import { editDistance } from '@kunren/domain';

export { editDistance };

/**
 * The closest candidate to `name` within a distance that scales with its length
 * (≤ 1 for short names, ≤ 3 for long ones), or undefined. Ties go to the earlier candidate.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const max = name.length <= 4 ? 1 : name.length <= 10 ? 2 : 3;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > max) continue;
    const other = c.toLowerCase();
    const d = other === lower ? 0 : editDistance(lower, other, bestD - 1);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
