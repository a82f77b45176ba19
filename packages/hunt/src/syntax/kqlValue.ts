/** Characters a backslash escapes in an unquoted filter value or field name. */
const SPECIAL = new Set([...'\\():<>"*= |\t\n\r']);
/** Escapes read back: the special characters and `/` (escaped at the start of a value). */
const ESCAPABLE = new Set([...SPECIAL, '/']);

/** True when `text` is an IPv4 or IPv6 CIDR block such as `10.0.0.0/8` or `fe80::/10`. */
export function looksLikeCidr(text: string): boolean {
  return /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)\/\d{1,3}$/.test(text);
}

/**
 * Decodes an unquoted value: returns the literal text (escapes removed) and, when it has
 * an unescaped `*`, the glob form (`*` any run; literal `*`, `?`, `\` escaped).
 */
export function decodeWord(raw: string): { literal: string; glob?: string } {
  let literal = '';
  let glob = '';
  let wild = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    const n = raw[i + 1];
    if (c === '\\' && n !== undefined && ESCAPABLE.has(n)) {
      literal += n;
      glob += n === '*' || n === '\\' ? `\\${n}` : n;
      i++;
    } else if (c === '*') {
      wild = true;
      glob += '*';
    } else {
      literal += c;
      glob += c === '?' || c === '\\' ? `\\${c}` : c;
    }
  }
  return wild ? { literal, glob } : { literal };
}

/** Escapes literal text as an unquoted filter word (backslash before special characters). */
export function encodeWord(literal: string): string {
  let out = '';
  for (const c of literal) out += SPECIAL.has(c) ? `\\${c}` : c;
  return out.startsWith('/') ? `\\${out}` : out;
}

/** Encodes a glob (`*`, `?`, `\` escapes) as an unquoted word, or undefined if it uses `?`. */
export function encodeGlob(glob: string): string | undefined {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '\\' && i + 1 < glob.length) {
      const n = glob[i + 1] as string;
      out += ESCAPABLE.has(n) ? `\\${n}` : n;
      i++;
    } else if (c === '*') out += '*';
    else if (c === '?') return undefined;
    else out += SPECIAL.has(c) ? `\\${c}` : c;
  }
  return out.startsWith('/') ? `\\${out}` : out;
}

/** Quotes text as a double-quoted string. */
export function quote(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r')}"`;
}

/** The number an unquoted word denotes when it is written canonically (`42`, `-3.5`), else undefined. */
export function canonicalNumber(text: string): number | undefined {
  if (!/^-?[0-9]/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : undefined;
}
