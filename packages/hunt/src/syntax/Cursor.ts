import type { Span } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { scanToken } from './scanToken.js';
import type { ScanMode, Token } from './Token.js';

/** The parser's position in the source; tokens are scanned on demand in a mode. */
export class Cursor {
  readonly src: string;
  pos = 0;

  constructor(src: string) {
    this.src = src;
  }

  /** The next token without consuming it. */
  peek(mode: ScanMode): Token {
    return scanToken(this.src, this.pos, mode);
  }

  /** Consumes and returns the next token. */
  next(mode: ScanMode): Token {
    const t = scanToken(this.src, this.pos, mode);
    this.pos = t.span.end;
    return t;
  }

  /** True when the next token is the punctuation `p`. */
  isPunct(mode: ScanMode, p: string): boolean {
    const t = this.peek(mode);
    return t.kind === 'punct' && t.text === p;
  }

  /** True when the next token is the (case-insensitive) keyword `kw`. */
  isKeyword(mode: ScanMode, kw: string): boolean {
    const t = this.peek(mode);
    return t.kind === 'word' && t.text.toLowerCase() === kw;
  }

  /** Consumes the punctuation `p` or throws a syntax error naming what was found. */
  expectPunct(mode: ScanMode, p: string, hint?: string): Token {
    const t = this.peek(mode);
    if (t.kind !== 'punct' || t.text !== p) throw this.unexpected(t, `"${p}"`, hint);
    return this.next(mode);
  }

  /** A syntax error at token `t`: `expected X, found Y`. */
  unexpected(t: Token, expected: string, hint?: string): HuntError {
    const found = t.kind === 'eof' ? 'end of query' : `"${t.text}"`;
    const span: Span = t.kind === 'eof' ? { start: t.span.start, end: t.span.start + 1 } : t.span;
    return new HuntError('hunt.syntax', `expected ${expected}, found ${found}`, span, hint);
  }
}
