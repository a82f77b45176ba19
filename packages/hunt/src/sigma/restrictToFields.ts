import type { Aggregation, Command, Expr, Query, ValueExpr } from '../ast.js';
import { andOf, noSpan, orOf } from './exprBuilders.js';

const never: Expr = { kind: 'not', expr: { kind: 'all', span: noSpan }, span: noSpan };
const isNever = (e: Expr): boolean => e.kind === 'not' && e.expr.kind === 'all';

/**
 * Specialises a compiled rule to the fields a data set has. A Sigma rule may name fields the
 * data never carries (a Sysmon field on a host without Sysmon); in the event data they are
 * simply absent, so a match on them is false and its negation true. The hunt planner rejects
 * unknown fields instead, so this rewrites such matches to constant false (and simplifies),
 * turns references to absent fields inside `eval` into null, and drops absent fields from
 * `stats … by` (grouping by a column that is null everywhere is no grouping).
 */
export function restrictToFields(query: Query, has: (field: string) => boolean): Query {
  const created = new Set<string>();
  const known = (f: string): boolean => created.has(f) || has(f);
  const commands = query.commands.map((c): Command => {
    const out = restrictCommand(c, known);
    for (const name of namesCreated(out)) created.add(name);
    return out;
  });
  return { ...query, filter: restrictExpr(query.filter, has), commands };
}

function namesCreated(c: Command): string[] {
  switch (c.kind) {
    case 'eval':
      return c.assignments.map((a) => a.name);
    case 'bin':
      return [c.as ?? c.field];
    case 'stats':
      return [...c.aggs.map(aggName), ...c.by];
    case 'rename':
      return c.pairs.map((p) => p.to);
    default:
      return [];
  }
}

function aggName(a: Aggregation): string {
  return a.as ?? (a.field === undefined ? a.fn : `${a.fn}(${a.field})`);
}

function restrictCommand(c: Command, known: (f: string) => boolean): Command {
  switch (c.kind) {
    case 'eval':
      return {
        ...c,
        assignments: c.assignments.map((a) => ({ ...a, expr: restrictValue(a.expr, known) })),
      };
    case 'where':
      return { ...c, expr: restrictValue(c.expr, known) };
    case 'stats':
      return { ...c, by: c.by.filter(known) };
    default:
      return c;
  }
}

function restrictValue(v: ValueExpr, known: (f: string) => boolean): ValueExpr {
  switch (v.kind) {
    case 'literal':
      return v;
    case 'field':
      return known(v.name) ? v : { kind: 'literal', value: null, span: v.span };
    case 'binary':
      return { ...v, left: restrictValue(v.left, known), right: restrictValue(v.right, known) };
    case 'unary':
      return { ...v, expr: restrictValue(v.expr, known) };
    case 'call':
      return { ...v, args: v.args.map((a) => restrictValue(a, known)) };
    case 'filter':
      return { ...v, expr: restrictExpr(v.expr, known) };
    default: {
      const n: never = v;
      return n;
    }
  }
}

/** The filter with every leaf on an absent field replaced by constant false, simplified. */
export function restrictExpr(e: Expr, has: (field: string) => boolean): Expr {
  switch (e.kind) {
    case 'all':
    case 'text':
      return e;
    case 'match':
      if (!has(e.field)) return never;
      if (e.op === 'fieldref' && !has(String(e.value))) return never;
      return e;
    case 'compare':
    case 'exists':
      return has(e.field) ? e : never;
    case 'not': {
      const inner = restrictExpr(e.expr, has);
      if (isNever(inner)) return { kind: 'all', span: e.span };
      if (inner.kind === 'all') return never;
      return { ...e, expr: inner };
    }
    case 'and': {
      const items = e.items.map((i) => restrictExpr(i, has));
      if (items.some(isNever)) return never;
      const kept = items.filter((i) => i.kind !== 'all');
      return kept.length === 0 ? { kind: 'all', span: e.span } : andOf(kept, e.span);
    }
    case 'or': {
      const items = e.items.map((i) => restrictExpr(i, has));
      if (items.some((i) => i.kind === 'all')) return { kind: 'all', span: e.span };
      const kept = items.filter((i) => !isNever(i));
      return kept.length === 0 ? never : orOf(kept, e.span);
    }
    default: {
      const n: never = e;
      return n;
    }
  }
}
