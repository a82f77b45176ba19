import fc from 'fast-check';
import type { Aggregation, Command, Expr, Query, ValueExpr } from '../src/index.js';
import { AGG_FNS, FUNCTIONS } from '../src/index.js';

const span = { start: 0, end: 0 };
const KEYWORDS = ['and', 'or', 'not'];

/** Filter field names, including ones that need escaping (never a bare keyword). */
export const filterField = fc.oneof(
  fc.constantFrom(
    'process.name',
    'host.name',
    'source.ip',
    'source.bytes',
    '@timestamp',
    'event.code',
    'a b',
    'x:y',
    'p(q)',
    'star*',
    'dash-ed',
    'quote"d',
  ),
  fc.stringMatching(/^[a-z][a-z0-9_.]{0,12}$/).filter((s) => !KEYWORDS.includes(s)),
);

/** Pipe names: identifiers, and a few that need backticks. */
export const pipeName = fc.oneof(
  fc.constantFrom('host.name', '@timestamp', 'count', 'user.name', 'dc(host.name)', 'a b', 'by'),
  fc.stringMatching(/^[a-z_][a-z0-9_.]{0,10}$/),
);

const text = fc.string({ maxLength: 12 });
const int = fc.integer({ min: -100_000, max: 100_000 });
const decimal = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
const globPiece = fc.oneof(
  fc.constant('*'),
  fc.string({ minLength: 1, maxLength: 3 }).map((s) => s.replace(/[*?\\]/g, '\\$&')),
);
const glob = fc
  .array(globPiece, { minLength: 1, maxLength: 4 })
  .map((p) => p.join(''))
  .filter((g) => /(^|[^\\])\*/.test(g) && g !== '*');
const regex = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      '.',
      '*',
      '+',
      '?',
      '|',
      '(x)',
      '[a-c]',
      '\\d',
      '\\.',
      '/',
      '^',
      '$',
      ' ',
      'é',
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((p) => p.join(''));
const cidr = fc.oneof(
  fc
    .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(32))
    .map(([a, b, c, d, p]) => `${a}.${b}.${c}.${d}/${p}`),
  fc.constantFrom('fe80::/10', 'fd00::/8', '2001:db8::/32', '::/0'),
);

const match = (
  field: string,
  op: Extract<Expr, { kind: 'match' }>['op'],
  value: string | number | boolean,
  flags?: string,
): Expr => ({
  kind: 'match',
  field,
  op,
  value,
  caseSensitive: false,
  ...(flags ? { flags } : {}),
  span,
});

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc
    .tuple(filterField, fc.oneof(text, int, decimal, fc.boolean()))
    .map(([f, v]) => match(f, 'eq', v)),
  fc.tuple(filterField, glob).map(([f, g]) => match(f, 'wildcard', g)),
  fc
    .tuple(filterField, regex, fc.constantFrom(undefined, 'i', 'm', 's', 'ms'))
    .map(([f, r, fl]) => match(f, 'regex', r, fl)),
  fc.tuple(filterField, cidr).map(([f, c]) => match(f, 'cidr', c)),
  fc
    .tuple(filterField, fc.constantFrom('<', '<=', '>', '>=' as const), fc.oneof(text, int))
    .map(([field, op, value]): Expr => ({ kind: 'compare', field, op, value, span })),
  filterField.map((field): Expr => ({ kind: 'exists', field, span })),
  text.map((value): Expr => ({ kind: 'text', value, span })),
  fc.constant<Expr>({ kind: 'all', span }),
);

/** Filter expressions from the KQL grammar. */
export const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .array(tie('e'), { minLength: 2, maxLength: 3 })
      .map((items): Expr => ({ kind: 'and', items, span })),
    fc
      .array(tie('e'), { minLength: 2, maxLength: 3 })
      .map((items): Expr => ({ kind: 'or', items, span })),
    tie('e').map((e): Expr => ({ kind: 'not', expr: e, span })),
  ),
})).e;

type BinOp = Extract<ValueExpr, { kind: 'binary' }>['op'];
const fnNames = Object.keys(FUNCTIONS);

/** `where`/`eval` expressions. */
export const valueExpr: fc.Arbitrary<ValueExpr> = fc.letrec<{ v: ValueExpr }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(text, int, decimal, fc.boolean(), fc.constant(null))
      .map((value): ValueExpr => ({ kind: 'literal', value, span })),
    pipeName.map((name): ValueExpr => ({ kind: 'field', name, span })),
    fc
      .tuple(
        fc.constantFrom<BinOp>(
          '+',
          '-',
          '*',
          '/',
          '%',
          '==',
          '!=',
          '<',
          '<=',
          '>',
          '>=',
          'and',
          'or',
        ),
        tie('v'),
        tie('v'),
      )
      .map(([op, left, right]): ValueExpr => ({ kind: 'binary', op, left, right, span })),
    fc
      .tuple(fc.constantFrom('not' as const, '-' as const), tie('v'))
      .map(([op, e]): ValueExpr => ({ kind: 'unary', op, expr: e, span })),
    fc
      .tuple(fc.constantFrom(...fnNames), fc.array(tie('v'), { maxLength: 3 }))
      .map(([fn, args]): ValueExpr => ({ kind: 'call', fn, args, span })),
    expr.map((e): ValueExpr => ({ kind: 'filter', expr: e, span })),
  ),
})).v;

const agg: fc.Arbitrary<Aggregation> = fc
  .tuple(
    fc.constantFrom(...AGG_FNS),
    fc.option(pipeName, { nil: undefined }),
    fc.option(pipeName, { nil: undefined }),
  )
  .map(([fn, field, as]) => ({
    fn,
    ...(field !== undefined || fn !== 'count' ? { field: field ?? 'host.name' } : {}),
    ...(as !== undefined ? { as } : {}),
    span,
  }));
const names = fc.array(pipeName, { minLength: 1, maxLength: 3 });
const positive = fc.integer({ min: 1, max: 10_000 });

/** Pipe commands. */
export const command: fc.Arbitrary<Command> = fc.oneof(
  valueExpr.map((e): Command => ({ kind: 'where', expr: e, span })),
  fc
    .tuple(fc.array(agg, { minLength: 1, maxLength: 3 }), fc.array(pipeName, { maxLength: 2 }))
    .map(([aggs, by]): Command => ({ kind: 'stats', aggs, by, span })),
  fc
    .array(fc.record({ field: pipeName, desc: fc.boolean() }), { minLength: 1, maxLength: 3 })
    .map((keys): Command => ({ kind: 'sort', keys, span })),
  fc
    .tuple(fc.constantFrom('head' as const, 'tail' as const), positive)
    .map(([kind, n]): Command => ({ kind, n, span })),
  fc
    .tuple(fc.constantFrom('fields' as const, 'dedup' as const), names)
    .map(([kind, fields]): Command => ({ kind, fields, span })),
  fc
    .array(fc.record({ from: pipeName, to: pipeName }), { minLength: 1, maxLength: 2 })
    .map((pairs): Command => ({ kind: 'rename', pairs, span })),
  fc
    .array(fc.record({ name: pipeName, expr: valueExpr }), { minLength: 1, maxLength: 2 })
    .map((assignments): Command => ({ kind: 'eval', assignments, span })),
  fc
    .tuple(
      fc.constantFrom('top' as const, 'rare' as const),
      names,
      positive,
      fc.array(pipeName, { maxLength: 2 }),
    )
    .map(([kind, fields, limit, by]): Command => ({ kind, fields, limit, by, span })),
  fc
    .tuple(
      positive,
      fc.array(agg, { minLength: 1, maxLength: 2 }),
      fc.option(pipeName, { nil: undefined }),
    )
    .map(([s, aggs, by]): Command => ({
      kind: 'timechart',
      spanMs: s * 1000,
      aggs,
      ...(by !== undefined ? { by } : {}),
      span,
    })),
  fc
    .tuple(pipeName, positive, fc.option(pipeName, { nil: undefined }))
    .map(([field, spanMs, as]): Command => ({
      kind: 'bin',
      field,
      spanMs,
      ...(as !== undefined ? { as } : {}),
      span,
    })),
  fc
    .tuple(fc.oneof(fc.constantFrom('bad_domains', 'c2.ips'), text), pipeName)
    .map(([list, field]): Command => ({ kind: 'lookup', list, field, span })),
);

/** Whole queries from the grammar. */
export const query: fc.Arbitrary<Pick<Query, 'filter' | 'commands'>> = fc.record({
  filter: expr,
  commands: fc.array(command, { maxLength: 3 }),
});
