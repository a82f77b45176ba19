/** Where the caret is, for completion. */
export interface CompletionContext {
  /** Start of the word being typed. */
  readonly from: number;
  /** The word typed so far. */
  readonly prefix: string;
  /** What fits here. */
  readonly kind: 'field' | 'command' | 'none';
}

const WORDCHAR = /[A-Za-z0-9_.@-]/;

/** What is being typed at `caret`: a field name, a pipe command, or nothing to complete. */
export function completionContext(src: string, caret: number): CompletionContext {
  let from = caret;
  while (from > 0 && WORDCHAR.test(src[from - 1] as string)) from--;
  const prefix = src.slice(from, caret);
  let k = from - 1;
  while (k >= 0 && /[ \t]/.test(src[k] as string)) k--;
  const before = k >= 0 ? src[k] : undefined;
  if (inString(src, from)) return { from, prefix, kind: 'none' };
  if (before === '|') return { from, prefix, kind: 'command' };
  if (before === ':' || before === '=' || before === '<' || before === '>')
    return { from, prefix, kind: 'none' };
  return { from, prefix, kind: 'field' };
}

function inString(src: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '"') open = !open;
  }
  return open;
}

/**
 * Suggestions for `prefix` from `candidates`: names starting with it first, then names
 * with a dotted segment starting with it, then names containing it; at most `limit`.
 */
export function suggest(candidates: readonly string[], prefix: string, limit = 12): string[] {
  const p = prefix.toLowerCase();
  if (!p) return candidates.slice(0, limit);
  const starts: string[] = [];
  const segment: string[] = [];
  const contains: string[] = [];
  for (const c of candidates) {
    const l = c.toLowerCase();
    if (l === p) continue;
    if (l.startsWith(p)) starts.push(c);
    else if (l.includes(`.${p}`)) segment.push(c);
    else if (l.includes(p)) contains.push(c);
    if (starts.length >= limit) break;
  }
  return [...starts, ...segment, ...contains].slice(0, limit);
}

/** The text and caret after accepting `choice` for the word at `ctx`. */
export function applyCompletion(
  src: string,
  caret: number,
  ctx: CompletionContext,
  choice: string,
): { text: string; caret: number } {
  const insert = ctx.kind === 'command' ? `${choice} ` : choice;
  const text = src.slice(0, ctx.from) + insert + src.slice(caret);
  return { text, caret: ctx.from + insert.length };
}
