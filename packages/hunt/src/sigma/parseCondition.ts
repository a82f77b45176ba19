import type { Span } from '../ast.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaConditionText } from './SigmaRule.js';

/** A parsed Sigma condition. Spans are offsets into the rule file's text. */
export type ConditionNode =
  | { readonly kind: 'ref'; readonly name: string; readonly span: Span }
  | { readonly kind: 'and'; readonly items: readonly ConditionNode[]; readonly span: Span }
  | { readonly kind: 'or'; readonly items: readonly ConditionNode[]; readonly span: Span }
  | { readonly kind: 'not'; readonly expr: ConditionNode; readonly span: Span }
  | {
      /** `1 of sel*`, `all of them`, `any of filter_*`, `2 of sel*`. */
      readonly kind: 'of';
      readonly quantifier: 'all' | number;
      /** The identifier pattern (`*` wildcards); `them` means every identifier not starting with `_`. */
      readonly pattern: string;
      readonly them: boolean;
      readonly span: Span;
    };

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Parses a Sigma condition (`selection and not 1 of filter_*`). Precedence, loosest first:
 * or, and, not, `x of`, parentheses. Keywords are case-insensitive.
 */
export function parseCondition(condition: SigmaConditionText): ConditionNode | SigmaError {
  const text = condition.text;
  const fail = (message: string, at: number, fix: string): SigmaError => {
    const singleLine = !text.slice(0, at).includes('\n');
    const position = singleLine
      ? {
          ...condition.position,
          column: condition.position.column + at,
          offset: condition.offset + at,
        }
      : condition.position;
    return sigmaError('sigma.condition-syntax', message, position, fix);
  };
  const pipe = text.indexOf('|');
  if (pipe >= 0) {
    return sigmaError(
      'sigma.condition-aggregation',
      'aggregation conditions (`| count() …`, `| near …`) are the obsolete Sigma 1 syntax',
      condition.position,
      'express it as a correlation rule (event_count, value_count, temporal) over this rule',
    );
  }
  const tokens: Token[] = [];
  const re = /\s*(\(|\)|[^\s()]+)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    const t = m[1] ?? '';
    const start = m.index + m[0].length - t.length;
    tokens.push({ text: t, start, end: start + t.length });
    last = re.lastIndex;
  }
  if (text.slice(last).trim() !== '') return fail('unexpected text', last, 'check the condition');
  let i = 0;
  const base = condition.offset;
  const span = (s: number, e: number): Span => ({ start: base + s, end: base + e });
  const peek = (): string | undefined => tokens[i]?.text.toLowerCase();

  function parseOr(): ConditionNode | SigmaError {
    const first = parseAnd();
    if ('fix' in first) return first;
    const items = [first];
    while (peek() === 'or') {
      i++;
      const next = parseAnd();
      if ('fix' in next) return next;
      items.push(next);
    }
    return items.length === 1 ? first : { kind: 'or', items, span: joinSpan(items) };
  }
  function parseAnd(): ConditionNode | SigmaError {
    const first = parseNot();
    if ('fix' in first) return first;
    const items = [first];
    while (peek() === 'and') {
      i++;
      const next = parseNot();
      if ('fix' in next) return next;
      items.push(next);
    }
    return items.length === 1 ? first : { kind: 'and', items, span: joinSpan(items) };
  }
  function parseNot(): ConditionNode | SigmaError {
    const tok = tokens[i];
    if (tok && tok.text.toLowerCase() === 'not') {
      i++;
      const expr = parseNot();
      if ('fix' in expr) return expr;
      return { kind: 'not', expr, span: span(tok.start, expr.span.end - base) };
    }
    return parsePrimary();
  }
  function parsePrimary(): ConditionNode | SigmaError {
    const tok = tokens[i];
    if (!tok) {
      return fail(
        'the condition ends where a search identifier was expected',
        text.length,
        'complete the condition',
      );
    }
    const lower = tok.text.toLowerCase();
    if (tok.text === '(') {
      i++;
      const inner = parseOr();
      if ('fix' in inner) return inner;
      const close = tokens[i];
      if (close?.text !== ')') {
        return fail('missing closing parenthesis', close?.start ?? text.length, 'add `)`');
      }
      i++;
      return inner;
    }
    if (tok.text === ')' || ['and', 'or', 'of'].includes(lower)) {
      return fail(
        `unexpected "${tok.text}"`,
        tok.start,
        'a search identifier, `not`, `(` or `1 of …` must come here',
      );
    }
    const next = tokens[i + 1];
    if (next && next.text.toLowerCase() === 'of') {
      let quantifier: 'all' | number;
      if (lower === 'all') quantifier = 'all';
      else if (lower === 'any') quantifier = 1;
      else if (/^\d+$/.test(lower) && Number(lower) >= 1) quantifier = Number(lower);
      else
        return fail(
          `"${tok.text} of" is not a quantifier`,
          tok.start,
          'use `1 of`, `all of` or `any of`',
        );
      const target = tokens[i + 2];
      if (!target || ['(', ')', 'and', 'or', 'not'].includes(target.text.toLowerCase())) {
        return fail(
          '`of` needs a pattern or `them`',
          target?.start ?? text.length,
          'write e.g. `1 of selection_*` or `all of them`',
        );
      }
      i += 3;
      const them = target.text.toLowerCase() === 'them';
      return {
        kind: 'of',
        quantifier,
        pattern: them ? '*' : target.text,
        them,
        span: span(tok.start, target.end),
      };
    }
    if (!/^[\w*.-]+$/.test(tok.text)) {
      return fail(
        `"${tok.text}" is not a search identifier`,
        tok.start,
        'use the names defined under detection',
      );
    }
    i++;
    return { kind: 'ref', name: tok.text, span: span(tok.start, tok.end) };
  }

  const root = parseOr();
  if ('fix' in root) return root;
  const rest = tokens[i];
  if (rest)
    return fail(
      `unexpected "${rest.text}"`,
      rest.start,
      'join parts with `and` / `or`, or close parentheses',
    );
  return root;
}

function joinSpan(items: readonly ConditionNode[]): Span {
  return { start: items[0]?.span.start ?? 0, end: items[items.length - 1]?.span.end ?? 0 };
}
