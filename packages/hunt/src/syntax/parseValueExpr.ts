import type { Span, ValueExpr } from '../ast.js';
import type { Cursor } from './Cursor.js';
import { parseFilter } from './parseFilter.js';

type BinaryOp = Extract<ValueExpr, { kind: 'binary' }>['op'];

const CMP = new Set(['==', '!=', '<', '<=', '>', '>=', '=']);
const WORDS = new Set(['and', 'or', 'not', 'by', 'as']);

function bin(op: BinaryOp, left: ValueExpr, right: ValueExpr): ValueExpr {
  return { kind: 'binary', op, left, right, span: { start: left.span.start, end: right.span.end } };
}

/** `expr := and ('or' and)*` — the expressions of `where` and `eval`. */
export function parseValueExpr(c: Cursor): ValueExpr {
  let left = parseAnd(c);
  while (c.isKeyword('pipe', 'or')) {
    c.next('pipe');
    left = bin('or', left, parseAnd(c));
  }
  return left;
}

function parseAnd(c: Cursor): ValueExpr {
  let left = parseNot(c);
  while (c.isKeyword('pipe', 'and')) {
    c.next('pipe');
    left = bin('and', left, parseNot(c));
  }
  return left;
}

function parseNot(c: Cursor): ValueExpr {
  if (c.isKeyword('pipe', 'not')) {
    const kw = c.next('pipe');
    const expr = parseNot(c);
    return { kind: 'unary', op: 'not', expr, span: { start: kw.span.start, end: expr.span.end } };
  }
  return parseCompare(c);
}

function parseCompare(c: Cursor): ValueExpr {
  const left = parseAdd(c);
  const t = c.peek('pipe');
  if (t.kind === 'punct' && CMP.has(t.text)) {
    c.next('pipe');
    const op = (t.text === '=' ? '==' : t.text) as BinaryOp;
    return bin(op, left, parseAdd(c));
  }
  return left;
}

function parseAdd(c: Cursor): ValueExpr {
  let left = parseMul(c);
  for (;;) {
    const t = c.peek('pipe');
    if (t.kind !== 'punct' || (t.text !== '+' && t.text !== '-')) return left;
    c.next('pipe');
    left = bin(t.text, left, parseMul(c));
  }
}

function parseMul(c: Cursor): ValueExpr {
  let left = parseUnary(c);
  for (;;) {
    const t = c.peek('pipe');
    if (t.kind !== 'punct' || (t.text !== '*' && t.text !== '/' && t.text !== '%')) return left;
    c.next('pipe');
    left = bin(t.text, left, parseUnary(c));
  }
}

function parseUnary(c: Cursor): ValueExpr {
  const t = c.peek('pipe');
  if (t.kind === 'punct' && t.text === '-') {
    c.next('pipe');
    const n = c.peek('pipe');
    if (n.kind === 'number' && n.span.start === t.span.end) {
      c.next('pipe');
      return {
        kind: 'literal',
        value: -Number(n.text),
        span: { start: t.span.start, end: n.span.end },
      };
    }
    const expr = parseUnary(c);
    return { kind: 'unary', op: '-', expr, span: { start: t.span.start, end: expr.span.end } };
  }
  return parsePrimary(c);
}

function parsePrimary(c: Cursor): ValueExpr {
  const t = c.next('pipe');
  if (t.kind === 'number') return { kind: 'literal', value: Number(t.text), span: t.span };
  if (t.kind === 'string') return { kind: 'literal', value: t.value, span: t.span };
  if (t.kind === 'punct' && t.text === '(') {
    const inner = parseValueExpr(c);
    c.expectPunct('pipe', ')', 'close the parenthesis');
    return inner;
  }
  if (t.kind !== 'word' || WORDS.has(t.text.toLowerCase()) || /^[0-9]/.test(t.text)) {
    throw c.unexpected(t, 'a value, a field or a function call');
  }
  const lower = t.text.toLowerCase();
  const quoted = t.text.startsWith('`');
  if (!quoted && (lower === 'true' || lower === 'false'))
    return { kind: 'literal', value: lower === 'true', span: t.span };
  if (!quoted && lower === 'null') return { kind: 'literal', value: null, span: t.span };
  if (quoted || !c.isPunct('pipe', '(')) return { kind: 'field', name: t.value, span: t.span };
  c.next('pipe');
  if (lower === 'match') {
    const expr = parseFilter(c);
    const close = c.expectPunct('term', ')', 'close match( … ) with )');
    return { kind: 'filter', expr, span: { start: t.span.start, end: close.span.end } };
  }
  const args: ValueExpr[] = [];
  if (!c.isPunct('pipe', ')')) {
    args.push(parseValueExpr(c));
    while (c.isPunct('pipe', ',')) {
      c.next('pipe');
      args.push(parseValueExpr(c));
    }
  }
  const close = c.expectPunct('pipe', ')', 'separate arguments with , and close with )');
  const span: Span = { start: t.span.start, end: close.span.end };
  return { kind: 'call', fn: lower, args, span };
}
