import type { Span } from '../ast.js';
import { HuntError } from '../HuntError.js';
import type { CharTest, RegexNode } from './RegexNode.js';

/** Largest counted repetition: PostgreSQL's limit (RE2 allows 1000). */
export const MAX_REPEAT = 255;

const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isWord: CharTest = (c) =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** RE2's `\s`: tab, newline, form feed, carriage return, space. */
const isSpace: CharTest = (c) => c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
const not =
  (f: CharTest): CharTest =>
  (c) =>
    !f(c);
const eq =
  (x: number): CharTest =>
  (c) =>
    c === x;

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11 };
const CLASS_ESCAPES: Record<string, CharTest> = {
  d: isDigit,
  D: not(isDigit),
  w: isWord,
  W: not(isWord),
  s: isSpace,
  S: not(isSpace),
};

function single(cp: number): { t: 'char'; test: CharTest; cp: number } {
  return { t: 'char', test: eq(cp), cp };
}

/** Parses a regex in the safe subset; `base` is the pattern's offset in the query text. */
class RegexParser {
  private i = 0;
  private readonly cps: number[];

  constructor(
    private readonly src: string,
    private readonly base: Span,
    private readonly dotAll: boolean,
  ) {
    this.cps = [...src].map((ch) => ch.codePointAt(0) as number);
  }

  fail(msg: string, hint?: string): never {
    throw new HuntError('hunt.regex', `${msg} in /${this.src}/`, this.base, hint);
  }

  peek(): string | undefined {
    const c = this.cps[this.i];
    return c === undefined ? undefined : String.fromCodePoint(c);
  }

  parse(): RegexNode {
    const node = this.alt();
    if (this.i < this.cps.length) this.fail('unbalanced )', 'escape it as \\)');
    return node;
  }

  alt(): RegexNode {
    const items = [this.seq()];
    while (this.peek() === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? (items[0] as RegexNode) : { t: 'alt', items };
  }

  seq(): RegexNode {
    const items: RegexNode[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? (items[0] as RegexNode) : { t: 'seq', items };
  }

  /**
   * `atom` with its quantifier, if one follows (and its lazy `?`). A second quantifier on
   * the same atom (`a**`, `a+{2}`) is refused as RE2 — the store's engine — refuses it: the
   * repeated part goes in a group instead, `(a*)*`.
   */
  quantified(atom: RegexNode): RegexNode {
    for (let n = 0; ; n++) {
      const c = this.peek();
      if (n === 1 && (c === '*' || c === '+' || c === '?' || this.countFollows())) {
        this.fail(
          'bad repetition operator: a quantifier after a quantifier',
          'group the repeated part, as in (a*)*',
        );
      }
      let min: number;
      let max: number;
      if (c === '*' || c === '+' || c === '?') {
        this.i++;
        [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      } else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.offset()));
        if (!m) return atom;
        this.i += [...m[0]].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT) || max < min) {
          this.fail(
            `repetition {${m[1]}${m[2] ?? ''}} out of range`,
            `use counts up to ${MAX_REPEAT}`,
          );
        }
      } else return atom;
      if (atom.t === 'assert') this.fail('nothing to repeat');
      if (this.peek() === '?') this.i++;
      else if (this.peek() === '+')
        this.fail('possessive quantifiers are not supported', 'drop the second +');
      atom = { t: 'repeat', node: atom, min, max };
    }
  }

  /** True when a counted repetition such as `{2}` or `{1,3}` starts here. */
  countFollows(): boolean {
    return this.peek() === '{' && /^\{(\d+)(,(\d*))?\}/.test(this.src.slice(this.offset()));
  }

  offset(): number {
    return String.fromCodePoint(...this.cps.slice(0, this.i)).length;
  }

  atom(): RegexNode {
    const c = this.peek() as string;
    this.i++;
    switch (c) {
      case '(': {
        if (this.peek() === '?') {
          const rest = this.src.slice(this.offset());
          if (rest.startsWith('?:')) this.i += 2;
          else if (/^\?(=|!|<=|<!)/.test(rest))
            this.fail(
              'lookaround is not supported',
              'RE2 (the store engine) has no lookahead or lookbehind',
            );
          else if (/^\?P?</.test(rest))
            this.fail('named groups are not supported', 'use a plain group ( … )');
          else
            this.fail('inline flags are not supported', 'put flags after the closing slash: /…/i');
        }
        const inner = this.alt();
        if (this.peek() !== ')') this.fail('missing )');
        this.i++;
        return { t: 'seq', items: [inner] };
      }
      case ')':
        return this.fail('unbalanced )');
      case '*':
      case '+':
      case '?':
        return this.fail('nothing to repeat', `escape it as \\${c}`);
      case '{':
        // a count with nothing before it: RE2 refuses it; any other `{` is a literal
        this.i--;
        if (this.countFollows()) return this.fail('nothing to repeat', 'escape it as \\{');
        this.i++;
        return { t: 'char', test: eq(123) };
      case '.':
        return { t: 'char', test: this.dotAll ? () => true : (x) => x !== 10 };
      case '^':
        return { t: 'assert', kind: 'bol' };
      case '$':
        return { t: 'assert', kind: 'eol' };
      case '[':
        return { t: 'char', ...this.charClass() };
      case '\\':
        return this.escape(false);
      default:
        return { t: 'char', test: eq(c.codePointAt(0) as number) };
    }
  }

  /** After a backslash. In a class, `\b` is not allowed (JS and RE2 disagree). */
  escape(
    inClass: boolean,
  ): { t: 'char'; test: CharTest; cp?: number } | { t: 'assert'; kind: 'word' | 'nonword' } {
    const c = this.peek();
    if (c === undefined) return this.fail('trailing backslash', 'escape a backslash as \\\\');
    this.i++;
    if (c in CLASS_ESCAPES) return { t: 'char', test: CLASS_ESCAPES[c] as CharTest };
    if (c in SIMPLE_ESCAPES) return single(SIMPLE_ESCAPES[c] as number);
    if (!inClass && (c === 'b' || c === 'B'))
      return { t: 'assert', kind: c === 'b' ? 'word' : 'nonword' };
    if (c === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.offset()));
      if (!m) this.fail('\\x needs two hex digits');
      this.i += 2;
      return single(parseInt(m[0], 16));
    }
    if (/[1-9]/.test(c) || c === 'k')
      this.fail(
        'backreferences are not supported',
        'RE2 (the store engine) cannot match them in linear time',
      );
    if (/[A-Za-z0-9]/.test(c)) this.fail(`unsupported escape \\${c}`);
    return single(c.codePointAt(0) as number);
  }

  charClass(): { test: CharTest; negate: boolean } {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const parts: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('missing ]');
      if (c === ']' && !first) break;
      if (c === ']') this.fail('empty character class', 'escape a literal ] as \\]');
      if (c === '[' && this.src.slice(this.offset()).startsWith('[:'))
        this.fail('POSIX classes are not supported', 'use \\d, \\w, \\s or a range');
      first = false;
      const lo = this.classAtom();
      if (
        this.peek() === '-' &&
        this.cps[this.i + 1] !== undefined &&
        String.fromCodePoint(this.cps[this.i + 1] as number) !== ']'
      ) {
        this.i++;
        const hi = this.classAtom();
        if (typeof lo !== 'number' || typeof hi !== 'number')
          this.fail('a range needs single characters at both ends');
        if (hi < lo) this.fail('range out of order');
        parts.push((x) => x >= lo && x <= hi);
      } else parts.push(typeof lo === 'number' ? eq(lo) : lo);
    }
    this.i++;
    const any: CharTest = (x) => parts.some((p) => p(x));
    return { test: any, negate };
  }

  classAtom(): number | CharTest {
    const c = this.peek() as string;
    this.i++;
    if (c !== '\\') return c.codePointAt(0) as number;
    const e = this.escape(true);
    if (e.t !== 'char') return this.fail('assertion in a class');
    return e.cp ?? e.test;
  }
}

/**
 * Parses and validates a regular expression in the subset both RE2 (DuckDB's
 * `regexp_matches`) and kunren's linear JS matcher implement: literals, `.`, classes,
 * `\d \w \s \b` (ASCII), anchors, groups, alternation and quantifiers (counts ≤ 1000).
 * Backreferences, lookaround, named groups and inline flags are `hunt.regex` errors.
 */
export function parseRegex(pattern: string, span: Span, dotAll = false): RegexNode {
  return new RegexParser(pattern, span, dotAll).parse();
}
