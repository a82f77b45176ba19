import { editDistance } from '@kunren/domain';

export { editDistance };

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
