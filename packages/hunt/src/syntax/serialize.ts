import type { Aggregation, Command, Expr, Query, ValueExpr } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { formatDuration } from './duration.js';
import { canonicalNumber, encodeGlob, encodeWord, looksLikeCidr, quote } from './kqlValue.js';
import { globToRegex } from '../text/glob.js';

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'null', 'by', 'as']);

/** A pipe-part name: bare when it is a plain identifier, else in backticks. */
export function ident(name: string): string {
  return /^[A-Za-z_@][A-Za-z0-9_.@]*$/.test(name) && !KEYWORDS.has(name.toLowerCase())
    ? name
    : `\`${name}\``;
}

/** A value written bare when that reads back as the same string, else quoted. */
function word(value: string, forText = false): string {
  const safe =
    /^[A-Za-z0-9_.@-]+$/.test(value) &&
    !KEYWORDS.has(value.toLowerCase()) &&
    (forText || (canonicalNumber(value) === undefined && !looksLikeCidr(value)));
  return safe ? value : quote(value);
}

function regexLiteral(pattern: string, flags: string | undefined): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) out += c + (pattern[++i] as string);
    else out += c === '/' ? '\\/' : c;
  }
  return `/${out}/${flags ?? ''}`;
}

function matchValue(e: Extract<Expr, { kind: 'match' }>): string {
  const v = e.value;
  const lit = (): string => encodeWord(String(v));
  switch (e.op) {
    case 'eq':
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return word(v);
    case 'wildcard': {
      const g = encodeGlob(String(v));
      return g ?? regexLiteral(globToRegex(String(v)), undefined);
    }
    case 'contains':
      return `*${lit()}*`;
    case 'startswith':
      return `${lit()}*`;
    case 'endswith':
      return `*${lit()}`;
    case 'regex':
      return regexLiteral(String(v), e.flags);
    case 'cidr':
      return String(v);
    case 'fieldref':
      throw new HuntError(
        'hunt.syntax',
        `a comparison of ${e.field} with field ${String(v)} has no filter syntax`,
        e.span,
        `write it as | where ${e.field} == ${String(v)}`,
      );
  }
}

function exprPrec(e: Expr): number {
  return e.kind === 'or' ? 1 : e.kind === 'and' ? 2 : 3;
}

/** Writes a filter expression as KQL text. */
export function serializeExpr(e: Expr): string {
  const wrap = (child: Expr, min: number): string => {
    const s = serializeExpr(child);
    return exprPrec(child) < min ? `(${s})` : s;
  };
  switch (e.kind) {
    case 'all':
      return '*';
    case 'or':
      return e.items
        .map((i) => (i.kind === 'or' ? `(${serializeExpr(i)})` : serializeExpr(i)))
        .join(' or ');
    case 'and':
      return e.items
        .map((i) => (i.kind === 'and' ? `(${serializeExpr(i)})` : wrap(i, 2)))
        .join(' and ');
    case 'not':
      return `not ${wrap(e.expr, 3)}`;
    case 'match':
      return `${encodeWord(e.field)}:${matchValue(e)}`;
    case 'compare':
      return `${encodeWord(e.field)} ${e.op} ${typeof e.value === 'number' ? String(e.value) : word(e.value)}`;
    case 'exists':
      return `${encodeWord(e.field)}:*`;
    case 'text':
      return word(e.value, true);
  }
}

function valuePrec(e: ValueExpr): number {
  switch (e.kind) {
    case 'binary':
      if (e.op === 'or') return 1;
      if (e.op === 'and') return 2;
      if (e.op === '+' || e.op === '-') return 5;
      if (e.op === '*' || e.op === '/' || e.op === '%') return 6;
      return 4;
    case 'unary':
      return e.op === 'not' ? 3 : 7;
    case 'literal':
      return typeof e.value === 'number' && e.value < 0 ? 7 : 8;
    case 'field':
    case 'call':
    case 'filter':
      return 8;
  }
}

/** Writes an `eval`/`where` expression. */
export function serializeValue(e: ValueExpr): string {
  const wrap = (child: ValueExpr, min: number): string => {
    const s = serializeValue(child);
    return valuePrec(child) < min ? `(${s})` : s;
  };
  switch (e.kind) {
    case 'literal':
      if (e.value === null) return 'null';
      if (typeof e.value === 'string') return quote(e.value);
      return String(e.value);
    case 'field':
      return ident(e.name);
    case 'binary': {
      const p = valuePrec(e);
      const leftMin = p === 4 ? 5 : p;
      return `${wrap(e.left, leftMin)} ${e.op} ${wrap(e.right, p + 1)}`;
    }
    case 'unary':
      if (e.op === 'not') return `not ${wrap(e.expr, 3)}`;
      return e.expr.kind === 'literal' && typeof e.expr.value === 'number'
        ? `-(${serializeValue(e.expr)})`
        : `-${wrap(e.expr, 7)}`;
    case 'call':
      return `${e.fn}(${e.args.map(serializeValue).join(', ')})`;
    case 'filter':
      return `match(${serializeExpr(e.expr)})`;
  }
}

function agg(a: Aggregation): string {
  return `${a.fn}(${a.field !== undefined ? ident(a.field) : ''})${a.as !== undefined ? ` as ${ident(a.as)}` : ''}`;
}

function by(fields: readonly string[]): string {
  return fields.length ? ` by ${fields.map(ident).join(', ')}` : '';
}

/** Writes one pipe command (without the leading `|`). */
export function serializeCommand(c: Command): string {
  switch (c.kind) {
    case 'where':
      return `where ${serializeValue(c.expr)}`;
    case 'stats':
      return `stats ${c.aggs.map(agg).join(', ')}${by(c.by)}`;
    case 'sort':
      return `sort ${c.keys.map((k) => `${k.desc ? '-' : ''}${ident(k.field)}`).join(', ')}`;
    case 'head':
    case 'tail':
      return `${c.kind} ${c.n}`;
    case 'fields':
    case 'dedup':
      return `${c.kind} ${c.fields.map(ident).join(', ')}`;
    case 'rename':
      return `rename ${c.pairs.map((p) => `${ident(p.from)} as ${ident(p.to)}`).join(', ')}`;
    case 'eval':
      return `eval ${c.assignments.map((a) => `${ident(a.name)} = ${serializeValue(a.expr)}`).join(', ')}`;
    case 'top':
    case 'rare':
      return `${c.kind} ${c.limit} ${c.fields.map(ident).join(', ')}${by(c.by)}`;
    case 'timechart':
      return `timechart span=${formatDuration(c.spanMs)} ${c.aggs.map(agg).join(', ')}${c.by !== undefined ? ` by ${ident(c.by)}` : ''}`;
    case 'bin':
      return `bin ${ident(c.field)} span=${formatDuration(c.spanMs)}${c.as !== undefined ? ` as ${ident(c.as)}` : ''}`;
    case 'lookup':
      return `lookup ${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(c.list) && !KEYWORDS.has(c.list.toLowerCase()) ? c.list : quote(c.list)} ${ident(c.field)}`;
  }
}

/**
 * Writes a query back as text. `parse(serialize(q))` equals `q` except for spans and
 * `source`; the text is normalised (explicit `and`, `count()`, `head 10`, `span=1h`).
 */
export function serialize(q: Pick<Query, 'filter' | 'commands'>): string {
  return [serializeExpr(q.filter), ...q.commands.map(serializeCommand)].join(' | ');
}
