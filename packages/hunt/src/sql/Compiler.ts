import type { Aggregation, Command } from '../ast.js';
import { aggName } from '../plan/analyze.js';
import type { ValueType } from '../plan/functions.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { colRef } from './filterSql.js';
import type { SqlEnv } from './filterSql.js';
import type { Params } from './Params.js';
import type { HuntDialect } from './SqlHooks.js';

/** One step of the pipeline as a CTE: its name, order and the columns SQL has in it. */
export interface Cte {
  readonly name: string;
  /** ORDER BY terms that give the rows' current order (never null). */
  readonly order: readonly { readonly sql: string; readonly desc: boolean }[];
  /** Every column name in the relation (for REPLACE vs add). */
  readonly cols: ReadonlySet<string>;
  /** Hidden order columns to carry through projections. */
  readonly hidden: readonly string[];
}

/** The ORDER BY list of an order (reversed for `tail` and `latest`). */
export const orderSql = (o: Cte['order'], reverse = false): string =>
  o.map((t) => `${t.sql} ${t.desc !== reverse ? 'DESC' : 'ASC'}`).join(', ');

/** Builds the WITH chain: one CTE per step, parameters, hidden order columns. */
export class Compiler {
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
    const star = this.d.selectStar(
      [...prev.cols],
      replace ? [[name, sql]] : [],
      replace ? [] : [[name, sql]],
    );
    return this.cte(`${star} FROM ${prev.name}`, prev.order, [...prev.cols, name], prev.hidden);
  }

  /** Renumbers rows in a new order into the hidden `__rn` column. */
  renumber(prev: Cte, terms: string): Cte {
    const rn = `row_number() OVER (ORDER BY ${terms})`;
    const replace = prev.cols.has('__rn');
    const star = this.d.selectStar(
      [...prev.cols],
      replace ? [['__rn', rn]] : [],
      replace ? [] : [['__rn', rn]],
    );
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
        return `CAST(sum(${f}) AS ${this.d.typeName(r?.column.type === 'long' ? 'long' : 'double', false)})`;
      case 'avg':
        return `CAST(avg(${f}) AS ${this.d.typeName('double', false)})`;
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

  /** For a table-mode rename: which input column feeds output column `name`. */
  sourceOf(c: Extract<Command, { kind: 'rename' }>, name: string): string {
    let n = name;
    for (let i = c.pairs.length - 1; i >= 0; i--)
      if ((c.pairs[i] as { to: string }).to === n) n = (c.pairs[i] as { from: string }).from;
    return n;
  }
}

/** The stage after assigning `name` (of type `t`) in an eval. */
export function evalStage(s: Stage, name: string, t: ValueType): Stage {
  const col = { name, type: t === 'null' ? ('string' as const) : t, array: false };
  const hidden = new Set(s.hidden);
  hidden.delete(name);
  return { ...s, hidden, columns: [...s.columns.filter((x) => x.name !== name), col] };
}
