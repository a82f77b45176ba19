/**
 * Globs: `*` any run, `?` one character, `\*` `\?` `\\` literal. Used by `wildcard`
 * matches; compiled to SQL LIKE patterns and matched in JS in O(n·m) without regexes.
 */

/** One glob piece: a literal character, `*` or `?`. */
type Piece = { readonly any: true } | { readonly one: true } | { readonly ch: string };

/** Splits a glob into pieces (by code point). */
export function globPieces(glob: string): Piece[] {
  const out: Piece[] = [];
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\' && i + 1 < chars.length) out.push({ ch: chars[++i] as string });
    else if (c === '*') out.push({ any: true });
    else if (c === '?') out.push({ one: true });
    else out.push({ ch: c });
  }
  return out;
}

/** The SQL LIKE pattern for a glob, with `\` as the escape character. */
export function globToLike(glob: string): string {
  return globPieces(glob)
    .map((p) => ('any' in p ? '%' : 'one' in p ? '_' : /[%_\\]/.test(p.ch) ? `\\${p.ch}` : p.ch))
    .join('');
}

/** An equivalent anchored regular expression (RE2 and JS syntax). */
export function globToRegex(glob: string): string {
  const body = globPieces(glob)
    .map((p) =>
      'any' in p
        ? '[\\s\\S]*'
        : 'one' in p
          ? '[\\s\\S]'
          : p.ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'),
    )
    .join('');
  return `^${body}$`;
}

/** Escapes literal text for a LIKE pattern with `\` as the escape character. */
export function likeEscape(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** Escapes literal text as a glob. */
export function globEscape(text: string): string {
  return text.replace(/[*?\\]/g, '\\$&');
}

/**
 * A matcher for a glob: whole-value match, greedy with backtracking to the last star
 * only, so time is at most proportional to text length × pattern length.
 */
export function globMatcher(glob: string, caseSensitive: boolean): (text: string) => boolean {
  const fold = (s: string): string => (caseSensitive ? s : s.toLowerCase());
  const pieces = globPieces(fold(glob));
  return (input: string): boolean => {
    const t = [...fold(input)];
    let ti = 0;
    let pi = 0;
    let starP = -1;
    let starT = 0;
    while (ti < t.length) {
      const p = pieces[pi];
      if (p && 'any' in p) {
        starP = pi++;
        starT = ti;
      } else if (p && ('one' in p || p.ch === t[ti])) {
        pi++;
        ti++;
      } else if (starP >= 0) {
        pi = starP + 1;
        ti = ++starT;
      } else return false;
    }
    while (pi < pieces.length && 'any' in (pieces[pi] as Piece)) pi++;
    return pi === pieces.length;
  };
}
