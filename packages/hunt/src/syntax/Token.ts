import type { Span } from '../ast.js';

/** What the scanner recognises. */
export type TokenKind =
  /** Unquoted text: a field name, a keyword, a bare value (raw, escapes kept). */
  | 'word'
  /** A double-quoted string; `value` is unescaped. */
  | 'string'
  /** `/pattern/flags` in a filter value position; `value` is the pattern. */
  | 'regex'
  /** A number in the pipe part. */
  | 'number'
  /** An operator or bracket: `( ) : < <= > >= = == != + - * / % , |`. */
  | 'punct'
  | 'eof';

/** One token with its place in the source. */
export interface Token {
  readonly kind: TokenKind;
  /** The source text of the token. */
  readonly text: string;
  /** Decoded value: the unescaped string, the regex pattern, or `text`. */
  readonly value: string;
  /** Regex flags for `regex` tokens. */
  readonly flags?: string;
  readonly span: Span;
}

/**
 * Where the scanner is: the start of a filter term (field name or bare value), a filter
 * value after `:` or a comparison (may contain `:`; `/…/` is a regex), or the pipe part.
 */
export type ScanMode = 'term' | 'value' | 'pipe';
