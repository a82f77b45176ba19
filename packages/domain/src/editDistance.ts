/**
 * Optimal string alignment distance between `a` and `b`: insertions, deletions,
 * substitutions and swaps of two adjacent characters, each costing 1 (`porcess` is one
 * edit from `process`). With `max`, the answer is exact up to `max` and `max + 1` beyond it,
 * and the work stops as soon as no alignment can come back under `max` (most candidates of a
 * did-you-mean are far off).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // a later row draws on this row and (by a swap) the one before it
    if (rowMin > max && prevMin > max) return max + 1;
    before = prev;
    prev = cur;
    prevMin = rowMin;
  }
  return Math.min(prev[b.length] as number, max + 1);
}
