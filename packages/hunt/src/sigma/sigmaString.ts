/**
 * A Sigma string value split into literal text and wildcards. Sigma's escaping: `\*`, `\?`
 * and `\\` stand for the plain character; a backslash before anything else is a plain
 * backslash (so `C:\Windows` and `C:\\Windows` are the same value).
 */
export type SigmaStringPart =
  | { readonly kind: 'text'; readonly text: string }
  /** `*`: any run of characters. */
  | { readonly kind: 'any' }
  /** `?`: exactly one character. */
  | { readonly kind: 'one' }
  /** `%name%` of a value with the `expand` modifier. */
  | { readonly kind: 'placeholder'; readonly name: string };

/** Parses a plain Sigma value into parts, honouring the escapes. */
export function parseSigmaString(raw: string): SigmaStringPart[] {
  const parts: SigmaStringPart[] = [];
  let acc = '';
  const flush = (): void => {
    if (acc !== '') parts.push({ kind: 'text', text: acc });
    acc = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '\\') {
      const next = raw[i + 1];
      if (next === '*' || next === '?' || next === '\\') {
        acc += next;
        i++;
      } else acc += c;
    } else if (c === '*') {
      flush();
      parts.push({ kind: 'any' });
    } else if (c === '?') {
      flush();
      parts.push({ kind: 'one' });
    } else acc += c;
  }
  flush();
  return normalizeParts(parts);
}

/** Merges adjacent text parts and drops empty ones. */
export function normalizeParts(parts: readonly SigmaStringPart[]): SigmaStringPart[] {
  const out: SigmaStringPart[] = [];
  for (const p of parts) {
    if (p.kind === 'text' && p.text === '') continue;
    const prev = out[out.length - 1];
    if (p.kind === 'text' && prev?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
    else out.push(p);
  }
  return out;
}

/** True when the value has a wildcard (or an unexpanded placeholder). */
export function hasSpecial(parts: readonly SigmaStringPart[]): boolean {
  return parts.some((p) => p.kind !== 'text');
}

/** The literal text of a value without wildcards. */
export function plainText(parts: readonly SigmaStringPart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

/** The value as a glob in the hunt AST's convention: `*`, `?`, and `\*`, `\?`, `\\` escapes. */
export function toGlob(parts: readonly SigmaStringPart[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case 'text':
          return p.text.replace(/[\\*?]/g, (c) => `\\${c}`);
        case 'any':
          return '*';
        case 'one':
          return '?';
        case 'placeholder':
          return `%${p.name}%`;
        default: {
          const never: never = p;
          return never;
        }
      }
    })
    .join('');
}

/** The value written back in Sigma notation (for messages). */
export function toSigmaNotation(parts: readonly SigmaStringPart[]): string {
  return toGlob(parts);
}

/** How a value compares, the simplest string operation that expresses it. */
export type StringMatch =
  | { readonly op: 'eq' | 'contains' | 'startswith' | 'endswith'; readonly value: string }
  | { readonly op: 'wildcard'; readonly value: string };

/**
 * Chooses `eq`, `startswith`, `endswith`, `contains` when the wildcards sit only at the ends
 * (`*x`, `x*`, `*x*`), else `wildcard` with the glob.
 */
export function classifyString(parts: readonly SigmaStringPart[]): StringMatch {
  const lead = parts[0]?.kind === 'any';
  const trail = parts.length > 1 && parts[parts.length - 1]?.kind === 'any';
  const inner = parts.slice(lead ? 1 : 0, trail ? parts.length - 1 : parts.length);
  if (parts.length === 1 && lead) return { op: 'wildcard', value: '*' };
  if (!hasSpecial(inner)) {
    const value = plainText(inner);
    if (lead && trail) return { op: 'contains', value };
    if (lead) return { op: 'endswith', value };
    if (trail) return { op: 'startswith', value };
    return { op: 'eq', value };
  }
  return { op: 'wildcard', value: toGlob(parts) };
}
