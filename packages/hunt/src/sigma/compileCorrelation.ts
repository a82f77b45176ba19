import type { Aggregation, Command, Expr, Query, ValueExpr } from '../ast.js';
import { compileRule, failure } from './compileRule.js';
import type { SigmaCompileOptions, SigmaCompileResult } from './compileRule.js';
import { noSpan, orOf } from './exprBuilders.js';
import { mapField } from './mapping/mapField.js';
import { resolveLogsource } from './mapping/resolveLogsource.js';
import { ruleMeta } from './ruleMeta.js';
import { sigmaError } from './SigmaError.js';
import type {
  SigmaCorrelationRule,
  SigmaCountOp,
  SigmaDetectionRule,
  SigmaDocument,
} from './SigmaRule.js';

/** The bucket column a correlation's `bin @timestamp` writes. */
export const windowColumn = 'window';

interface Part {
  readonly rule: SigmaDetectionRule;
  readonly key: string;
  readonly filter: Expr;
  readonly map: (name: string) => readonly string[] | undefined;
}

const lit = (value: string | number | null): ValueExpr => ({
  kind: 'literal',
  value,
  span: noSpan,
});
const field = (name: string): ValueExpr => ({ kind: 'field', name, span: noSpan });
const bin = (
  op: Extract<ValueExpr, { kind: 'binary' }>['op'],
  left: ValueExpr,
  right: ValueExpr,
): ValueExpr => ({
  kind: 'binary',
  op,
  left,
  right,
  span: noSpan,
});
const call = (fn: string, ...args: ValueExpr[]): ValueExpr => ({
  kind: 'call',
  fn,
  args,
  span: noSpan,
});
const agg = (fn: Aggregation['fn'], as: string, f?: string): Aggregation => ({
  fn,
  ...(f === undefined ? {} : { field: f }),
  as,
  span: noSpan,
});
const opSymbol: Readonly<Record<SigmaCountOp, Extract<ValueExpr, { kind: 'binary' }>['op']>> = {
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  eq: '==',
  neq: '!=',
};

/**
 * Compiles a correlation into a hunt query: the OR of the referenced rules' filters, then
 * `bin @timestamp span=<timespan> as window`, `stats … by window, <group-by>` and `where`.
 * Windows are tumbling (fixed, aligned to the epoch), not sliding: events of one burst that
 * straddle a window boundary are counted in two windows (docs/sigma.md).
 */
export function compileCorrelation(
  rule: SigmaCorrelationRule,
  lookup: (ref: string) => SigmaDocument | undefined,
  options: SigmaCompileOptions = {},
): SigmaCompileResult {
  const meta = ruleMeta(rule);
  const c = rule.correlation;
  const fail = (id: string, message: string, fix: string): SigmaCompileResult =>
    failure(sigmaError(id, message, c.position, fix), meta);
  const parts: Part[] = [];
  for (const ref of c.rules) {
    const doc = lookup(ref);
    if (!doc) {
      return fail(
        'sigma.correlation-reference',
        `referenced rule "${ref}" was not loaded`,
        'load the file that defines it (same file or same directory)',
      );
    }
    if (doc.kind === 'correlation') {
      return fail(
        'sigma.correlation-chain',
        `referenced rule "${ref}" is itself a correlation; chained correlations are not supported`,
        'correlate the base rules directly',
      );
    }
    const compiled = compileRule(doc, options);
    if (!compiled.ok) {
      return failure(
        sigmaError(
          compiled.id,
          `referenced rule "${ref}": ${compiled.reason}`,
          compiled.position,
          compiled.fix,
        ),
        meta,
      );
    }
    const ls = resolveLogsource(doc.logsource);
    if ('fix' in ls) return failure(ls, meta);
    parts.push({
      rule: doc,
      key: ref,
      filter: compiled.query.filter,
      map: (name) => mapField(name, ls.entry.fields, doc.logsource)?.fields,
    });
  }
  const evals: { name: string; expr: ValueExpr }[] = [];
  const resolveField = (name: string): string | undefined => {
    const alias = c.aliases.get(name);
    const perRule = parts.map((p) => {
      const sigmaName =
        alias?.get(p.rule.name ?? '') ?? alias?.get(p.rule.id ?? '') ?? alias?.get(p.key) ?? name;
      const mapped = p.map(sigmaName);
      return mapped?.length === 1 ? mapped[0] : undefined;
    });
    if (perRule.some((f) => f === undefined)) return undefined;
    const fields = perRule as string[];
    if (fields.every((f) => f === fields[0])) return fields[0];
    const column = `alias_${name.replace(/\W/g, '_')}`;
    let expr: ValueExpr = lit(null);
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i] as Part;
      expr = call(
        'if',
        { kind: 'filter', expr: p.filter, span: noSpan },
        field(fields[i] as string),
        expr,
      );
    }
    evals.push({ name: column, expr });
    return column;
  };
  const groupBy: string[] = [];
  for (const g of c.groupBy) {
    const f = resolveField(g);
    if (f === undefined) {
      return fail(
        'sigma.unmapped-field',
        `group-by field "${g}" has no single ECS field in every referenced rule`,
        'use a Sigma field all referenced rules share, or define it in `aliases`',
      );
    }
    groupBy.push(f);
  }
  const commands: Command[] = [];
  const where = (
    value: ValueExpr,
    conditions: readonly { op: SigmaCountOp; value: number }[],
  ): Command => ({
    kind: 'where',
    expr: conditions
      .map((cond) => bin(opSymbol[cond.op], value, lit(cond.value)))
      .reduce((a, b) => bin('and', a, b)),
    span: noSpan,
  });
  const binCmd: Command = {
    kind: 'bin',
    field: '@timestamp',
    spanMs: c.timespan.ms,
    as: windowColumn,
    span: noSpan,
  };
  const by = [windowColumn, ...groupBy];
  switch (c.type) {
    case 'event_count':
      commands.push(binCmd, {
        kind: 'stats',
        aggs: [agg('count', 'event_count')],
        by,
        span: noSpan,
      });
      commands.push(where(field('event_count'), c.condition));
      break;
    case 'value_count':
    case 'value_sum':
    case 'value_avg': {
      const fieldNames = (c.field ?? '').split(',').filter((f) => f !== '');
      if (fieldNames.length !== 1) {
        return fail(
          'sigma.correlation-field',
          `a ${c.type} correlation needs exactly one \`field\` in its condition`,
          'add `field: <name>` under condition',
        );
      }
      const f = resolveField(fieldNames[0] as string);
      if (f === undefined) {
        return fail(
          'sigma.unmapped-field',
          `field "${fieldNames[0]}" has no single ECS field in every referenced rule`,
          'use a field all referenced rules share, or an alias',
        );
      }
      const fn = c.type === 'value_count' ? 'dc' : c.type === 'value_sum' ? 'sum' : 'avg';
      commands.push(binCmd, { kind: 'stats', aggs: [agg(fn, c.type, f)], by, span: noSpan });
      commands.push(where(field(c.type), c.condition));
      break;
    }
    case 'temporal':
    case 'temporal_ordered': {
      const ordered = c.type === 'temporal_ordered';
      const names = parts.map((_, i) => `rule_${i + 1}`);
      evals.push(
        ...parts.map((p, i) => ({
          name: `_${names[i]}`,
          expr: call(
            'if',
            { kind: 'filter', expr: p.filter, span: noSpan },
            ordered ? field('@timestamp') : lit(1),
            ordered ? lit(null) : lit(0),
          ),
        })),
      );
      const aggs: Aggregation[] = ordered
        ? names.flatMap((n, i) => [
            ...(i < names.length - 1 ? [agg('min', `${n}_first`, `_${n}`)] : []),
            ...(i > 0 ? [agg('max', `${n}_last`, `_${n}`)] : []),
          ])
        : names.map((n) => agg('max', n, `_${n}`));
      commands.push(binCmd, { kind: 'stats', aggs, by, span: noSpan });
      if (ordered) {
        // Exact for two rules; for more, each rule's first hit must precede the next rule's last hit.
        const chain = names
          .slice(0, -1)
          .map((n, i) => bin('<=', field(`${n}_first`), field(`${names[i + 1]}_last`)))
          .reduce((a, b) => bin('and', a, b));
        const conditions = c.condition;
        if (
          conditions.length > 0 &&
          !conditions.every((x) => x.op === 'gte' && x.value >= names.length)
        ) {
          return fail(
            'sigma.correlation-condition',
            'a temporal_ordered condition other than "all rules" is not supported',
            'drop the condition (all rules must match, in order)',
          );
        }
        commands.push({ kind: 'where', expr: chain, span: noSpan });
      } else {
        const count = names.map((n) => field(n)).reduce((a, b) => bin('+', a, b));
        commands.push({
          kind: 'eval',
          assignments: [{ name: 'rule_count', expr: count }],
          span: noSpan,
        });
        commands.push(
          where(
            field('rule_count'),
            c.condition.length > 0 ? c.condition : [{ op: 'gte', value: names.length }],
          ),
        );
      }
      break;
    }
    case 'value_percentile':
      return fail(
        'sigma.correlation-type',
        'value_percentile correlations are not supported',
        'use value_avg or value_count',
      );
    default: {
      const never: never = c.type;
      return never;
    }
  }
  if (evals.length > 0) commands.unshift({ kind: 'eval', assignments: evals, span: noSpan });
  const query: Query = { filter: orOf(parts.map((p) => p.filter)), commands, source: rule.source };
  return { ok: true, query, meta };
}
