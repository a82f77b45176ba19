/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The candidate closest to `word` when it is close enough to be a likely typo (case
 * ignored; at most a third of the word's length, at least 1, apart), else undefined.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const dist = lc === w ? 0 : editDistance(w, lc);
    if (dist < bestDistance || (dist === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = dist;
    }
  }
  if (bestDistance <= limit) return best;
  // `hostname` for `name`, `ipAddress` for `ip`: one contains the other.
  for (const c of candidates) {
    const lc = c.toLowerCase();
    if (lc.length >= 2 && w.length >= 2 && (w.includes(lc) || lc.includes(w))) return c;
  }
  return undefined;
}

/** `; did you mean "x"?` or, when nothing is close, `; <what> are: a, b, c, … (N in all)`. */
export function suggestion(word: string, candidates: readonly string[], what: string): string {
  const close = didYouMean(word, candidates);
  if (close !== undefined) return `; did you mean "${close}"?`;
  if (candidates.length === 0) return `; there are no ${what}`;
  const shown = candidates.slice(0, 8).join(', ');
  return candidates.length > 8
    ? `; ${what} are: ${shown}, … (${candidates.length} in all)`
    : `; ${what} are: ${shown}`;
}
