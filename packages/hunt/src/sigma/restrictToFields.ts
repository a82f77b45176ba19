import type { Aggregation, Command, Expr, Query, ValueExpr } from '../ast.js';
import { andOf, noSpan, orOf } from './exprBuilders.js';

const never: Expr = { kind: 'not', expr: { kind: 'all', span: noSpan }, span: noSpan };
const isNever = (e: Expr): boolean => e.kind === 'not' && e.expr.kind === 'all';

/**
 * Specialises a compiled rule to the fields a data set has. A Sigma rule may name fields the
 * data never carries (a Sysmon field on a host without Sysmon); in the event data they are
 * simply absent, so a match on them is false and its negation true. The hunt planner rejects
 * unknown fields instead, so this rewrites such matches to constant false (and simplifies),
 * and turns every other reference to an absent field (inside `eval` and `where`, an
 * aggregated field, a sort key, …) into null. Grouping by an absent field (a correlation's
 * `group-by`, `stats … by`, `top`, `rare`, `timechart … by`) matches nothing: no event has a
 * value to group on.
 */
export function restrictToFields(query: Query, has: (field: string) => boolean): Query {
  // Every event has a time, in the table layout rather than among the data's fields.
  const created = new Set<string>(['@timestamp']);
  const known = (f: string): boolean => created.has(f) || has(f);
  const absent = new Set<string>();
  const summed = new Set<string>();
  let groupsByAbsent = false;
  const commands = query.commands.map((c): Command => {
    const out = restrictCommand(c, known);
    for (const f of fieldsRead(out)) if (!known(f)) absent.add(f);
    if (out.kind === 'stats' || out.kind === 'timechart') {
      for (const a of out.aggs)
        if ((a.fn === 'sum' || a.fn === 'avg') && a.field) summed.add(a.field);
    }
    if (groupedBy(out).some((f) => !known(f))) groupsByAbsent = true;
    for (const name of namesCreated(out)) created.add(name);
    return out;
  });
  const filter = groupsByAbsent ? never : restrictExpr(query.filter, has);
  if (absent.size === 0) return { ...query, filter, commands };
  // The absent fields the pipes still name, as null columns for them to read (numeric
  // where `sum` or `avg` reads them).
  const nullValue: ValueExpr = { kind: 'literal', value: null, span: noSpan };
  const nullNumber: ValueExpr = { kind: 'call', fn: 'tonumber', args: [nullValue], span: noSpan };
  const nulls: Command = {
    kind: 'eval',
    assignments: [...absent].map((name) => ({
      name,
      expr: summed.has(name) ? nullNumber : nullValue,
    })),
    span: noSpan,
  };
  return { ...query, filter, commands: [nulls, ...commands] };
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

/** The fields a command groups its output by. */
function groupedBy(c: Command): readonly string[] {
  switch (c.kind) {
    case 'stats':
      return c.by;
    case 'top':
    case 'rare':
      return [...c.fields, ...c.by];
    case 'timechart':
      return c.by === undefined ? [] : [c.by];
    default:
      return [];
  }
}

/** The fields a command reads by name (its expressions are restricted apart). */
function fieldsRead(c: Command): readonly string[] {
  const aggFields = (aggs: readonly Aggregation[]) =>
    aggs.flatMap((a) => (a.field === undefined ? [] : [a.field]));
  switch (c.kind) {
    case 'stats':
      return [...aggFields(c.aggs), ...c.by];
    case 'timechart':
      return [...aggFields(c.aggs), ...(c.by === undefined ? [] : [c.by])];
    case 'top':
    case 'rare':
      return [...c.fields, ...c.by];
    case 'sort':
      return c.keys.map((k) => k.field);
    case 'fields':
    case 'dedup':
      return c.fields;
    case 'rename':
      return c.pairs.map((p) => p.from);
    case 'bin':
    case 'lookup':
      return [c.field];
    case 'where':
    case 'eval':
    case 'head':
    case 'tail':
      return [];
    default: {
      const n: never = c;
      return n;
    }
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
