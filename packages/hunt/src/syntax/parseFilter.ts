import type { Expr, Span } from '../ast.js';
import { HuntError } from '../HuntError.js';
import type { Cursor } from './Cursor.js';
import { canonicalNumber, decodeWord, looksLikeCidr } from './kqlValue.js';
import type { Token } from './Token.js';

const COMPARE = new Set(['<', '<=', '>', '>=']);

function join(kind: 'and' | 'or', items: Expr[]): Expr {
  if (items.length === 1) return items[0] as Expr;
  const span: Span = {
    start: (items[0] as Expr).span.start,
    end: (items[items.length - 1] as Expr).span.end,
  };
  return { kind, items, span };
}

function startsTerm(t: Token): boolean {
  if (t.kind === 'string') return true;
  if (t.kind === 'punct') return t.text === '(';
  if (t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return w !== 'and' && w !== 'or';
}

/** `expr := and ('or' and)*` — the filter before the first pipe (or inside `match(…)`). */
export function parseFilter(c: Cursor): Expr {
  const items = [parseAnd(c)];
  while (c.isKeyword('term', 'or')) {
    c.next('term');
    items.push(parseAnd(c));
  }
  return join('or', items);
}

function parseAnd(c: Cursor): Expr {
  const items = [parseNot(c)];
  for (;;) {
    if (c.isKeyword('term', 'and')) c.next('term');
    else if (!startsTerm(c.peek('term'))) break;
    items.push(parseNot(c));
  }
  return join('and', items);
}

function parseNot(c: Cursor): Expr {
  if (c.isKeyword('term', 'not')) {
    const kw = c.next('term');
    const expr = parseNot(c);
    return { kind: 'not', expr, span: { start: kw.span.start, end: expr.span.end } };
  }
  return parsePrimary(c);
}

function parsePrimary(c: Cursor): Expr {
  const t = c.peek('term');
  if (t.kind === 'punct' && t.text === '(') {
    c.next('term');
    const inner = parseFilter(c);
    c.expectPunct('term', ')', 'close the group with )');
    return inner;
  }
  if (t.kind === 'string') {
    c.next('term');
    return { kind: 'text', value: t.value, span: t.span };
  }
  if (t.kind !== 'word' || !startsTerm(t)) {
    throw c.unexpected(
      t,
      'a search term such as process.name:cmd.exe',
      t.kind === 'eof'
        ? 'use * to match every event'
        : 'start with a term such as process.name:cmd.exe, or * for every event',
    );
  }
  c.next('term');
  const after = c.peek('term');
  if (after.kind === 'punct' && after.text === ':') {
    c.next('term');
    return parseFieldValue(c, t);
  }
  if (after.kind === 'punct' && COMPARE.has(after.text)) {
    c.next('term');
    return parseCompare(c, t, after.text as '<' | '<=' | '>' | '>=');
  }
  if (after.kind === 'punct' && after.text === '=') {
    throw new HuntError(
      'hunt.syntax',
      'unexpected "="',
      after.span,
      `write ${t.text}:value to match a field`,
    );
  }
  const { literal, glob } = decodeWord(t.text);
  if (t.text === '*') return { kind: 'all', span: t.span };
  if (glob !== undefined) return textGlob(glob, t.span);
  return { kind: 'text', value: literal, span: t.span };
}

/**
 * A bare word with `*`: text search is already "contains", so stars at either end are
 * dropped; a star inside the word cannot be expressed and is an error.
 */
function textGlob(glob: string, span: Span): Expr {
  const inner = glob.replace(/^\*+/, '').replace(/(?<!\\)\*+$/, '');
  if (inner === '') return { kind: 'all', span };
  if (/(^|[^\\])\*/.test(inner)) {
    throw new HuntError(
      'hunt.syntax',
      'a wildcard inside a bare word is not supported',
      span,
      `name the field: process.command_line:${glob.includes('*') ? '*' + inner + '*' : inner}`,
    );
  }
  return { kind: 'text', value: inner.replace(/\\(.)/g, '$1'), span };
}

function parseCompare(c: Cursor, field: Token, op: '<' | '<=' | '>' | '>='): Expr {
  const v = c.next('value');
  if (v.kind !== 'word' && v.kind !== 'string')
    throw c.unexpected(v, `a value to compare ${field.text} with`);
  const literal = v.kind === 'string' ? v.value : decodeWord(v.text).literal;
  const num = v.kind === 'word' ? canonicalNumber(v.text) : undefined;
  return {
    kind: 'compare',
    field: decodeWord(field.text).literal,
    op,
    value: num ?? literal,
    span: { start: field.span.start, end: v.span.end },
  };
}

function parseFieldValue(c: Cursor, field: Token): Expr {
  const name = decodeWord(field.text).literal;
  const t = c.peek('value');
  if (t.kind === 'word' && t.text === '*') {
    c.next('value');
    return { kind: 'exists', field: name, span: { start: field.span.start, end: t.span.end } };
  }
  if (!(t.kind === 'punct' && t.text === '(')) return parseValue(c, name, field.span.start);
  c.next('value');
  const inner = parseValueOr(c, name);
  const close = c.expectPunct('value', ')', 'close the value list with )');
  return { ...inner, span: { start: field.span.start, end: close.span.end } };
}

function parseValueOr(c: Cursor, field: string): Expr {
  const items = [parseValueAnd(c, field)];
  while (c.isKeyword('value', 'or')) {
    c.next('value');
    items.push(parseValueAnd(c, field));
  }
  return join('or', items);
}

function parseValueAnd(c: Cursor, field: string): Expr {
  const items = [parseValueNot(c, field)];
  while (c.isKeyword('value', 'and')) {
    c.next('value');
    items.push(parseValueNot(c, field));
  }
  return join('and', items);
}

function parseValueNot(c: Cursor, field: string): Expr {
  if (c.isKeyword('value', 'not')) {
    const kw = c.next('value');
    const expr = parseValueNot(c, field);
    return { kind: 'not', expr, span: { start: kw.span.start, end: expr.span.end } };
  }
  const t = c.peek('value');
  if (t.kind === 'punct' && t.text === '(') {
    c.next('value');
    const inner = parseValueOr(c, field);
    c.expectPunct('value', ')', 'close the value list with )');
    return inner;
  }
  return parseValue(c, field);
}

/** One value after `field:` — a word, a phrase, a regex or a CIDR block. */
function parseValue(c: Cursor, field: string, start?: number): Expr {
  const t = c.next('value');
  const span = { start: start ?? t.span.start, end: t.span.end };
  const base = { kind: 'match' as const, field, caseSensitive: false, span };
  if (t.kind === 'string') return { ...base, op: 'eq', value: t.value };
  if (t.kind === 'regex')
    return { ...base, op: 'regex', value: t.value, ...(t.flags ? { flags: t.flags } : {}) };
  const kw = t.kind === 'word' ? t.text.toLowerCase() : '';
  if (t.kind !== 'word' || kw === 'and' || kw === 'or' || kw === 'not') {
    throw c.unexpected(
      t,
      `a value for ${field}`,
      `write ${field}:value, ${field}:"a phrase" or ${field}:*`,
    );
  }
  if (looksLikeCidr(t.text)) return { ...base, op: 'cidr', value: t.text };
  const { literal, glob } = decodeWord(t.text);
  if (glob !== undefined) return { ...base, op: 'wildcard', value: glob };
  const num = canonicalNumber(t.text);
  if (num !== undefined) return { ...base, op: 'eq', value: num };
  if (t.text === 'true' || t.text === 'false')
    return { ...base, op: 'eq', value: t.text === 'true' };
  return { ...base, op: 'eq', value: literal };
}
