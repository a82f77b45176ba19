import type { Query } from '../ast.js';
import type { ColumnInfo, CompileContext, CompiledSql } from '../CompileContext.js';
import {
  buildCatalogue,
  INTERNAL_COLUMNS,
  type FieldCatalogue,
} from '../catalogue/FieldCatalogue.js';
import { HuntError } from '../HuntError.js';
import { analyze } from '../plan/analyze.js';
import type { Stage } from '../plan/Stage.js';
import { parseIsoMs } from '../text/isoTime.js';
import { commandSql } from './commandSql.js';
import { Compiler, orderSql } from './Compiler.js';
import { duckdbDialect } from './duckdbDialect.js';
import { postgresDialect } from './postgresDialect.js';
import { filterSql } from './filterSql.js';
import { Params, sqlTimestamp } from './Params.js';
import { hasHooks } from './SqlHooks.js';
import { usedColumns } from './usedColumns.js';

/** Catalogues by their columns map (a store hands out the same map until its fields change). */
const catalogues = new WeakMap<
  ReadonlyMap<string, ColumnInfo>,
  { readonly size: number; readonly catalogue: FieldCatalogue }
>();

/**
 * The field catalogue of `columns`, built once per map (~1 ms: every ECS field): a map is
 * read as immutable, and one that grew since is catalogued again.
 */
function catalogueOf(columns: ReadonlyMap<string, ColumnInfo>): FieldCatalogue {
  const hit = catalogues.get(columns);
  if (hit && hit.size === columns.size) return hit.catalogue;
  const catalogue = buildCatalogue(columns);
  catalogues.set(columns, { size: columns.size, catalogue });
  return catalogue;
}

/**
 * Compiles a query to parameterised SQL over the table layout of CompileContext.ts.
 * Every user value is a parameter; identifiers come from the catalogue and are quoted
 * by the dialect. The scope (exercise, team) and the time range are in the innermost
 * WHERE, which every later step reads from; the result asks for `maxRows + 1` rows so
 * the caller can tell a cut. Throws {@link HuntError} for an invalid query.
 */
export function compileQuery(
  query: Pick<Query, 'filter' | 'commands'>,
  ctx: CompileContext,
): CompiledSql {
  const base = ctx.dialect.name === 'postgres' ? postgresDialect : duckdbDialect;
  const d = hasHooks(ctx.dialect) ? ctx.dialect : { ...base, ...ctx.dialect };
  if (!Number.isSafeInteger(ctx.maxRows) || ctx.maxRows < 0)
    throw new HuntError('hunt.limit', 'maxRows must be a whole number', { start: 0, end: 0 });
  const from = parseIsoMs(ctx.range.from);
  const to = parseIsoMs(ctx.range.to);
  if (from === undefined || to === undefined)
    throw new HuntError('hunt.date', 'the query range must be ISO 8601 times', {
      start: 0,
      end: 0,
    });
  const analysis = analyze(query, catalogueOf(ctx.columns));
  const params = new Params(d);
  const comp = new Compiler(d, params, ctx.lists ?? new Map(), analysis.leaves);
  const first = analysis.stages[0] as Stage;
  const scope = [
    `${d.quoteIdent('exercise_id')} = ${params.add(ctx.scope.exerciseId)}`,
    `${d.quoteIdent('team_id')} = ${params.add(ctx.scope.teamId)}`,
    `${d.quoteIdent('@timestamp')} >= CAST(${params.add(sqlTimestamp(from))} AS TIMESTAMP)`,
    `${d.quoteIdent('@timestamp')} < CAST(${params.add(sqlTimestamp(to))} AS TIMESTAMP)`,
  ];
  const filter = filterSql(query.filter, first, comp.env, true);
  // Only the columns the query names (the table may have hundreds): less to plan and bind.
  const used = usedColumns(query, ctx.columns);
  const tableCols = [...new Set([...used, ...INTERNAL_COLUMNS, '@timestamp'])];
  const projection = tableCols.map((c) => d.quoteIdent(c)).join(', ');
  let cur = comp.cte(
    `SELECT ${projection}, ${d.quoteIdent('@timestamp')} AS ${d.quoteIdent('__ts')}, ${d.quoteIdent('_seq')} AS ${d.quoteIdent('__seq')} FROM ${ctx.relation ? ctx.relation(tableCols) : d.quoteIdent(ctx.table || 'events')} WHERE ${[...scope, filter].join(' AND ')}`,
    [
      { sql: d.quoteIdent('__ts'), desc: false },
      { sql: d.quoteIdent('__seq'), desc: false },
    ],
    [...tableCols, '__ts', '__seq'],
    ['__ts', '__seq'],
  );
  query.commands.forEach((c, i) => {
    cur = commandSql(comp, c, analysis.stages[i] as Stage, analysis.stages[i + 1] as Stage, cur);
  });
  const last = analysis.stages[analysis.stages.length - 1] as Stage;
  const outCols = analysis.rawEvents
    ? [
        { name: '_source', type: 'json' as const },
        ...last.columns.map((c) => ({ name: c.name, type: c.type })),
      ]
    : last.columns.map((c) => ({ name: c.name, type: c.type }));
  const select = outCols.map((c) => d.quoteIdent(c.name)).join(', ');
  const sql = `WITH ${comp.ctes.join(', ')} SELECT ${select} FROM ${cur.name} ORDER BY ${orderSql(cur.order)} LIMIT ${params.add(ctx.maxRows + 1)}`;
  return { sql, params: params.values, columns: outCols, rawEvents: analysis.rawEvents };
}
