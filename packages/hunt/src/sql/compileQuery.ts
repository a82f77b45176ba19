import type { Aggregation, Command, Query } from '../ast.js';
import type { CompileContext, CompiledSql } from '../CompileContext.js';
import { buildCatalogue, INTERNAL_COLUMNS } from '../catalogue/FieldCatalogue.js';
import { HuntError } from '../HuntError.js';
import { aggName, analyze } from '../plan/analyze.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { parseIsoMs } from '../text/isoTime.js';
import { duckdbDialect } from './duckdbDialect.js';
import { colRef, filterSql } from './filterSql.js';
import type { SqlEnv } from './filterSql.js';
import { Params, sqlTimestamp } from './Params.js';
import { hasHooks } from './SqlHooks.js';
import type { HuntDialect } from './SqlHooks.js';
import { valueSql } from './valueSql.js';
import { typeOfValue } from '../plan/typeOfValue.js';
import type { ValueType } from '../plan/functions.js';

/** One step of the pipeline as a CTE: its name, order and the columns SQL has in it. */
interface Cte {
  readonly name: string;
  /** ORDER BY terms that give the rows' current order (never null). */
  readonly order: readonly { readonly sql: string; readonly desc: boolean }[];
  /** Every column name in the relation (for REPLACE vs add). */
  readonly cols: ReadonlySet<string>;
  /** Hidden order columns to carry through projections. */
  readonly hidden: readonly string[];
}

const orderSql = (o: Cte['order'], reverse = false): string =>
  o.map((t) => `${t.sql} ${t.desc !== reverse ? 'DESC' : 'ASC'}`).join(', ');

class Compiler {
  readonly ctes: string[] = [];
  readonly env: SqlEnv;

  constructor(
    readonly d: HuntDialect,
    readonly params: Params,
    readonly lists: ReadonlyMap<string, readonly string[]>,
    leaves: SqlEnv['leaves'],
  ) {
    this.env = { d, params, leaves };
  }

  q(name: string): string {
    return this.d.quoteIdent(name);
  }

  cte(body: string, order: Cte['order'], cols: Iterable<string>, hidden: readonly string[]): Cte {
    const name = `s${this.ctes.length}`;
    this.ctes.push(`${name} AS (${body})`);
    return { name, order, cols: new Set(cols), hidden };
  }

  /** Adds or replaces one column, keeping all others. */
  withColumn(prev: Cte, name: string, sql: string): Cte {
    const replace = prev.cols.has(name);
    const star = this.d.selectStar(replace ? [[name, sql]] : [], replace ? [] : [[name, sql]]);
    return this.cte(`${star} FROM ${prev.name}`, prev.order, [...prev.cols, name], prev.hidden);
  }

  /** Renumbers rows in a new order into the hidden `__rn` column. */
  renumber(prev: Cte, terms: string): Cte {
    const rn = `row_number() OVER (ORDER BY ${terms})`;
    const replace = prev.cols.has('__rn');
    const star = this.d.selectStar(replace ? [['__rn', rn]] : [], replace ? [] : [['__rn', rn]]);
    return this.cte(
      `${star} FROM ${prev.name}`,
      [{ sql: this.q('__rn'), desc: false }],
      [...prev.cols, '__rn'],
      [...new Set([...prev.hidden, '__rn'])],
    );
  }

  agg(a: Aggregation, stage: Stage, prev: Cte): string {
    if (a.field === undefined) return 'count(*)';
    const r = resolveField(stage, a.field);
    const f = r ? colRef(r, this.d) : 'NULL';
    switch (a.fn) {
      case 'count':
        return `count(${f})`;
      case 'dc':
        return `count(DISTINCT ${f})`;
      case 'sum':
        return r?.column.type === 'long' ? `CAST(sum(${f}) AS BIGINT)` : `sum(${f})`;
      case 'avg':
        return `avg(${f})`;
      case 'min':
      case 'max':
        return `${a.fn}(${f})`;
      case 'values':
        return this.d.distinctSorted(f, r?.column.type ?? 'string');
      case 'earliest':
      case 'latest': {
        const tsR = resolveField(stage, '@timestamp');
        const ts = tsR ? colRef(tsR, this.d) : 'NULL';
        const rev = a.fn === 'latest';
        return this.d.firstBy(
          f,
          `${ts} ${rev ? 'DESC' : 'ASC'}, ${orderSql(prev.order, rev)}`,
          `${f} IS NOT NULL AND ${ts} IS NOT NULL`,
        );
      }
    }
  }

  /** A grouped table: `keys` (name, sql) then aggregations, numbered by the keys. */
  grouped(
    prev: Cte,
    stage: Stage,
    keys: readonly (readonly [string, string])[],
    aggs: readonly Aggregation[],
  ): Cte {
    const sel = [
      ...keys.map(([n, s]) => `${s} AS ${this.q(n)}`),
      ...aggs.map((a) => `${this.agg(a, stage, prev)} AS ${this.q(aggName(a))}`),
    ];
    const rn = keys.length
      ? `row_number() OVER (ORDER BY ${keys.map(([, s]) => `${s} ASC NULLS LAST`).join(', ')})`
      : '1';
    const group = keys.length ? ` GROUP BY ${keys.map(([, s]) => s).join(', ')}` : '';
    const names = [...keys.map(([n]) => n), ...aggs.map(aggName)];
    return this.cte(
      `SELECT ${[...sel, `${rn} AS ${this.q('__rn')}`].join(', ')} FROM ${prev.name}${group}`,
      [{ sql: this.q('__rn'), desc: false }],
      [...names, '__rn'],
      ['__rn'],
    );
  }

  ref(stage: Stage, name: string): string {
    const r = resolveField(stage, name);
    return r ? colRef(r, this.d) : 'NULL';
  }

  command(c: Command, stage: Stage, out: Stage, prev: Cte): Cte {
    const p = this.params;
    switch (c.kind) {
      case 'where':
        return this.cte(
          `SELECT * FROM ${prev.name} WHERE ${valueSql(c.expr, stage, this.env)}`,
          prev.order,
          prev.cols,
          prev.hidden,
        );
      case 'stats':
        return this.grouped(
          prev,
          stage,
          c.by.map((f) => [f, this.ref(stage, f)] as const),
          c.aggs,
        );
      case 'sort': {
        const keys = c.keys.map(
          (k) => `${this.ref(stage, k.field)} ${k.desc ? 'DESC' : 'ASC'} NULLS LAST`,
        );
        return this.renumber(prev, [...keys, orderSql(prev.order)].join(', '));
      }
      case 'head':
      case 'tail':
        return this.cte(
          `SELECT * FROM ${prev.name} ORDER BY ${orderSql(prev.order, c.kind === 'tail')} LIMIT ${p.add(c.n)}`,
          prev.order,
          prev.cols,
          prev.hidden,
        );
      case 'fields': {
        const sel = [
          ...c.fields.map((f) => `${this.ref(stage, f)} AS ${this.q(f)}`),
          ...prev.hidden.map((h) => this.q(h)),
        ];
        return this.cte(
          `SELECT ${sel.join(', ')} FROM ${prev.name}`,
          prev.order,
          [...c.fields, ...prev.hidden],
          prev.hidden,
        );
      }
      case 'rename': {
        if (stage.raw) {
          let cur = prev;
          let s = stage;
          for (const pair of c.pairs) {
            cur = this.withColumn(cur, pair.to, this.ref(s, pair.from));
            s = {
              ...s,
              hidden: new Set(s.hidden).add(pair.from),
              columns: [
                ...s.columns.filter((x) => x.name !== pair.from && x.name !== pair.to),
                {
                  ...(resolveField(s, pair.from) as NonNullable<ReturnType<typeof resolveField>>)
                    .column,
                  name: pair.to,
                },
              ],
            };
          }
          return cur;
        }
        const sel = [
          ...out.columns.map(
            (col) => `${this.q(this.sourceOf(c, col.name))} AS ${this.q(col.name)}`,
          ),
          ...prev.hidden.map((h) => this.q(h)),
        ];
        return this.cte(
          `SELECT ${sel.join(', ')} FROM ${prev.name}`,
          prev.order,
          [...out.columns.map((x) => x.name), ...prev.hidden],
          prev.hidden,
        );
      }
      case 'eval': {
        let cur = prev;
        let s = stage;
        for (const a of c.assignments) {
          cur = this.withColumn(cur, a.name, valueSql(a.expr, s, this.env));
          s = evalStage(s, a.name, typeOfValue(a.expr, s));
        }
        return cur;
      }
      case 'dedup': {
        const keys = c.fields.map((f) => this.ref(stage, f));
        return this.cte(
          this.d.firstPerPartition(
            prev.name,
            keys.map((k) => `${k} IS NOT NULL`).join(' AND '),
            keys.join(', '),
            orderSql(prev.order),
          ),
          prev.order,
          prev.cols,
          prev.hidden,
        );
      }
      case 'top':
      case 'rare': {
        const by = c.by.map((f) => [f, this.ref(stage, f)] as const);
        const fs = c.fields.map((f) => [f, this.ref(stage, f)] as const);
        const keys = [...by, ...fs];
        const g = this.cte(
          `SELECT ${[...keys.map(([n, s]) => `${s} AS ${this.q(n)}`), `count(*) AS ${this.q('count')}`].join(', ')} FROM ${prev.name} WHERE ${fs.map(([, s]) => `${s} IS NOT NULL`).join(' AND ')} GROUP BY ${keys.map(([, s]) => s).join(', ')}`,
          [],
          [...keys.map(([n]) => n), 'count'],
          [],
        );
        const part = by.length ? `PARTITION BY ${by.map(([n]) => this.q(n)).join(', ')} ` : '';
        const rank = `row_number() OVER (${part}ORDER BY ${this.q('count')} ${c.kind === 'top' ? 'DESC' : 'ASC'}, ${fs.map(([n]) => `${this.q(n)} ASC NULLS LAST`).join(', ')})`;
        const pct = `CAST(${this.q('count')} AS DOUBLE) * 100 / CAST(sum(${this.q('count')}) OVER (${part.trim()}) AS DOUBLE)`;
        const r = this.cte(
          `SELECT *, ${pct} AS ${this.q('percent')}, ${rank} AS ${this.q('__k')} FROM ${g.name}`,
          [],
          [],
          [],
        );
        const names = [...keys.map(([n]) => n), 'count', 'percent'];
        const rn = `row_number() OVER (ORDER BY ${[...by.map(([n]) => `${this.q(n)} ASC NULLS LAST`), `${this.q('__k')} ASC`].join(', ')})`;
        return this.cte(
          `SELECT ${[...names.map((n) => this.q(n)), `${rn} AS ${this.q('__rn')}`].join(', ')} FROM ${r.name} WHERE ${this.q('__k')} <= ${p.add(c.limit)}`,
          [{ sql: this.q('__rn'), desc: false }],
          [...names, '__rn'],
          ['__rn'],
        );
      }
      case 'timechart': {
        const bucket = this.d.timeBucket(this.ref(stage, '@timestamp'), p.add(c.spanMs));
        const keys: (readonly [string, string])[] = [['@timestamp', bucket]];
        if (c.by !== undefined) keys.push([c.by, this.ref(stage, c.by)]);
        return this.grouped(prev, stage, keys, c.aggs);
      }
      case 'bin': {
        const r = resolveField(stage, c.field);
        const x = this.ref(stage, c.field);
        const span = p.add(c.spanMs);
        const sql =
          r?.column.type === 'timestamp'
            ? this.d.timeBucket(x, span)
            : r?.column.type === 'long'
              ? `CAST(floor(${x} / ${span}) * ${span} AS BIGINT)`
              : `(floor(${x} / ${span}) * ${span})`;
        return this.withColumn(prev, c.as ?? c.field, sql);
      }
      case 'lookup': {
        const list = this.lists.get(c.list);
        if (!list) {
          throw new HuntError(
            'hunt.unknown-list',
            `no indicator list named ${c.list}`,
            c.span,
            `lists: ${[...this.lists.keys()].join(', ') || '(none)'}`,
          );
        }
        const r = resolveField(stage, c.field);
        const lp = p.add(list.map((x) => x.toLowerCase()));
        const cond =
          !r || r.source === 'absent'
            ? 'FALSE'
            : r.column.array
              ? this.d.anyElement(colRef(r, this.d), (x) => this.d.inTextList(lp, `lower(${x})`))
              : this.d.inTextList(lp, `lower(${colRef(r, this.d)})`);
        return this.cte(
          `SELECT * FROM ${prev.name} WHERE COALESCE(${cond}, FALSE)`,
          prev.order,
          prev.cols,
          prev.hidden,
        );
      }
    }
  }

  /** For a table-mode rename: which input column feeds output column `name`. */
  sourceOf(c: Extract<Command, { kind: 'rename' }>, name: string): string {
    let n = name;
    for (let i = c.pairs.length - 1; i >= 0; i--)
      if ((c.pairs[i] as { to: string }).to === n) n = (c.pairs[i] as { from: string }).from;
    return n;
  }
}

/** The stage after assigning `name` (of type `t`) in an eval. */
function evalStage(s: Stage, name: string, t: ValueType): Stage {
  const col = { name, type: t === 'null' ? ('string' as const) : t, array: false };
  const hidden = new Set(s.hidden);
  hidden.delete(name);
  return { ...s, hidden, columns: [...s.columns.filter((x) => x.name !== name), col] };
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
  const d = hasHooks(ctx.dialect)
    ? ctx.dialect
    : ctx.dialect.name === 'duckdb'
      ? { ...duckdbDialect, ...ctx.dialect }
      : undefined;
  if (!d)
    throw new HuntError('hunt.syntax', `no SQL hooks for dialect ${ctx.dialect.name}`, {
      start: 0,
      end: 0,
    });
  if (!Number.isSafeInteger(ctx.maxRows) || ctx.maxRows < 0)
    throw new HuntError('hunt.limit', 'maxRows must be a whole number', { start: 0, end: 0 });
  const from = parseIsoMs(ctx.range.from);
  const to = parseIsoMs(ctx.range.to);
  if (from === undefined || to === undefined)
    throw new HuntError('hunt.date', 'the query range must be ISO 8601 times', {
      start: 0,
      end: 0,
    });
  const analysis = analyze(query, buildCatalogue(ctx.columns));
  const params = new Params(d);
  const comp = new Compiler(d, params, ctx.lists ?? new Map(), analysis.leaves);
  const first = analysis.stages[0] as Stage;
  const scope = [
    `${d.quoteIdent('exercise_id')} = ${params.add(ctx.scope.exerciseId)}`,
    `${d.quoteIdent('team_id')} = ${params.add(ctx.scope.teamId)}`,
    `${d.quoteIdent('@timestamp')} >= CAST(${params.add(sqlTimestamp(from))} AS TIMESTAMP)`,
    `${d.quoteIdent('@timestamp')} < CAST(${params.add(sqlTimestamp(to))} AS TIMESTAMP)`,
  ];
  const filter = filterSql(query.filter, first, comp.env);
  const tableCols = [...ctx.columns.keys(), ...INTERNAL_COLUMNS, '@timestamp'];
  let cur = comp.cte(
    `SELECT *, ${d.quoteIdent('@timestamp')} AS ${d.quoteIdent('__ts')}, ${d.quoteIdent('_seq')} AS ${d.quoteIdent('__seq')} FROM ${d.quoteIdent(ctx.table || 'events')} WHERE ${[...scope, filter].join(' AND ')}`,
    [
      { sql: d.quoteIdent('__ts'), desc: false },
      { sql: d.quoteIdent('__seq'), desc: false },
    ],
    [...tableCols, '__ts', '__seq'],
    ['__ts', '__seq'],
  );
  query.commands.forEach((c, i) => {
    cur = comp.command(c, analysis.stages[i] as Stage, analysis.stages[i + 1] as Stage, cur);
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
