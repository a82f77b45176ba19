/** Levenshtein distance between two strings (insert, delete, substitute, each cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The edit distance between `a` and `b` when it is at most `max`, else `max + 1`: stops as
 * soon as a whole row of the table exceeds `max` (most candidates are far off).
 */
function distanceWithin(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return Math.min(prev[b.length] as number, max + 1);
}

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
    const d = other === lower ? 0 : distanceWithin(lower, other, bestD - 1);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
