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
  /**
   * ORDER BY terms that give the rows' current order, total (ties impossible). A term with
   * `refs` reads those visible columns: a step that drops or changes one of them first numbers
   * the rows into the hidden `__rn` ({@link Compiler.settle}); a term without reads only hidden
   * columns, which every step carries. Kept as terms rather than numbered at once, a sort
   * costs nothing until the step that reads the order (head, tail, the final SELECT).
   */
  readonly order: readonly OrderTerm[];
  /** Every column name in the relation (for REPLACE vs add). */
  readonly cols: ReadonlySet<string>;
  /** Hidden order columns to carry through projections. */
  readonly hidden: readonly string[];
}

/** One ORDER BY term of a {@link Cte}'s order. */
export interface OrderTerm {
  readonly sql: string;
  readonly desc: boolean;
  /** NULLS LAST (NULLS FIRST when reversed); unset for hidden columns, never null. */
  readonly nullsLast?: boolean;
  /** The visible columns the term reads. */
  readonly refs?: readonly string[];
}

/** The ORDER BY list of an order (reversed for `tail` and `latest`). */
export const orderSql = (o: Cte['order'], reverse = false): string =>
  o
    .map((t) => {
      const nulls =
        t.nullsLast === undefined ? '' : t.nullsLast !== reverse ? ' NULLS LAST' : ' NULLS FIRST';
      return `${t.sql} ${t.desc !== reverse ? 'DESC' : 'ASC'}${nulls}`;
    })
    .join(', ');

/** An ascending, nulls-last term on a visible column. */
export const keyTerm = (sql: string, name: string, desc = false): OrderTerm => ({
  sql,
  desc,
  nullsLast: true,
  refs: [name],
});

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

  /**
   * The same rows, with an order that no longer reads a column `changes` names: when a term
   * of `prev`'s order reads one, the rows are first numbered into `__rn` in their order.
   */
  settle(prev: Cte, changes: (name: string) => boolean): Cte {
    return prev.order.some((t) => t.refs?.some(changes))
      ? this.renumber(prev, orderSql(prev.order))
      : prev;
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

  /** A grouped table: `keys` (name, sql) then aggregations, ordered by the keys. */
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
    const names = [...keys.map(([n]) => n), ...aggs.map(aggName)];
    if (keys.length === 0) {
      // one row: a constant order
      return this.cte(
        `SELECT ${[...sel, `1 AS ${this.q('__rn')}`].join(', ')} FROM ${prev.name}`,
        [{ sql: this.q('__rn'), desc: false }],
        [...names, '__rn'],
        ['__rn'],
      );
    }
    // Ordered by the keys (unique per group), by name: later steps read them as columns.
    return this.cte(
      `SELECT ${sel.join(', ')} FROM ${prev.name} GROUP BY ${keys.map(([, s]) => s).join(', ')}`,
      keys.map(([n]) => keyTerm(this.q(n), n)),
      names,
      [],
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
