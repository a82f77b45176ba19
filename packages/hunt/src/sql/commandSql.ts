import type { Command } from '../ast.js';
import { HuntError } from '../HuntError.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { typeOfValue } from '../plan/typeOfValue.js';
import { evalStage, keyTerm, orderSql } from './Compiler.js';
import type { Cte, Compiler } from './Compiler.js';
import { colRef } from './filterSql.js';
import { valueSql } from './valueSql.js';

/** Compiles one pipe command as the next CTE(s) after `prev`. */
export function commandSql(comp: Compiler, c: Command, stage: Stage, out: Stage, prev: Cte): Cte {
  const p = comp.params;
  switch (c.kind) {
    case 'where':
      return comp.cte(
        `SELECT * FROM ${prev.name} WHERE ${valueSql(c.expr, stage, comp.env)}`,
        prev.order,
        prev.cols,
        prev.hidden,
      );
    case 'stats':
      return comp.grouped(
        prev,
        stage,
        c.by.map((f) => [f, comp.ref(stage, f)] as const),
        c.aggs,
      );
    case 'sort':
      // Only the order changes: the next step that reads it sorts (no CTE, no numbering).
      return {
        ...prev,
        order: [
          ...c.keys.map((k) => keyTerm(comp.ref(stage, k.field), k.field, k.desc)),
          ...prev.order,
        ],
      };
    case 'head':
    case 'tail':
      return comp.cte(
        `SELECT * FROM ${prev.name} ORDER BY ${orderSql(prev.order, c.kind === 'tail')} LIMIT ${p.add(c.n)}`,
        prev.order,
        prev.cols,
        prev.hidden,
      );
    case 'fields': {
      const kept = new Set(c.fields);
      prev = comp.settle(prev, (n) => !kept.has(n));
      const sel = [
        ...c.fields.map((f) => `${comp.ref(stage, f)} AS ${comp.q(f)}`),
        ...prev.hidden.map((h) => comp.q(h)),
      ];
      return comp.cte(
        `SELECT ${sel.join(', ')} FROM ${prev.name}`,
        prev.order,
        [...c.fields, ...prev.hidden],
        prev.hidden,
      );
    }
    case 'rename': {
      const renamed = new Set(c.pairs.flatMap((x) => [x.from, x.to]));
      prev = comp.settle(prev, (n) => renamed.has(n));
      if (stage.raw) {
        let cur = prev;
        let s = stage;
        for (const pair of c.pairs) {
          cur = comp.withColumn(cur, pair.to, comp.ref(s, pair.from));
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
        ...out.columns.map((col) => `${comp.q(comp.sourceOf(c, col.name))} AS ${comp.q(col.name)}`),
        ...prev.hidden.map((h) => comp.q(h)),
      ];
      return comp.cte(
        `SELECT ${sel.join(', ')} FROM ${prev.name}`,
        prev.order,
        [...out.columns.map((x) => x.name), ...prev.hidden],
        prev.hidden,
      );
    }
    case 'eval': {
      const assigned = new Set(c.assignments.map((a) => a.name));
      let cur = comp.settle(prev, (n) => assigned.has(n));
      let s = stage;
      for (const a of c.assignments) {
        cur = comp.withColumn(cur, a.name, valueSql(a.expr, s, comp.env));
        s = evalStage(s, a.name, typeOfValue(a.expr, s));
      }
      return cur;
    }
    case 'dedup': {
      const keys = c.fields.map((f) => comp.ref(stage, f));
      return comp.cte(
        comp.d.firstPerPartition(
          [...prev.cols],
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
      const by = c.by.map((f) => [f, comp.ref(stage, f)] as const);
      const fs = c.fields.map((f) => [f, comp.ref(stage, f)] as const);
      const keys = [...by, ...fs];
      const g = comp.cte(
        `SELECT ${[...keys.map(([n, s]) => `${s} AS ${comp.q(n)}`), `count(*) AS ${comp.q('count')}`].join(', ')} FROM ${prev.name} WHERE ${fs.map(([, s]) => `${s} IS NOT NULL`).join(' AND ')} GROUP BY ${keys.map(([, s]) => s).join(', ')}`,
        [],
        [...keys.map(([n]) => n), 'count'],
        [],
      );
      const part = by.length ? `PARTITION BY ${by.map(([n]) => comp.q(n)).join(', ')} ` : '';
      const rank = `row_number() OVER (${part}ORDER BY ${comp.q('count')} ${c.kind === 'top' ? 'DESC' : 'ASC'}, ${fs.map(([n]) => `${comp.q(n)} ASC NULLS LAST`).join(', ')})`;
      const dbl = comp.d.typeName('double', false);
      const pct = `CAST(${comp.q('count')} AS ${dbl}) * 100 / CAST(sum(${comp.q('count')}) OVER (${part.trim()}) AS ${dbl})`;
      const r = comp.cte(
        `SELECT *, ${pct} AS ${comp.q('percent')}, ${rank} AS ${comp.q('__k')} FROM ${g.name}`,
        [],
        [],
        [],
      );
      const names = [...keys.map(([n]) => n), 'count', 'percent'];
      const rn = `row_number() OVER (ORDER BY ${[...by.map(([n]) => `${comp.q(n)} ASC NULLS LAST`), `${comp.q('__k')} ASC`].join(', ')})`;
      return comp.cte(
        `SELECT ${[...names.map((n) => comp.q(n)), `${rn} AS ${comp.q('__rn')}`].join(', ')} FROM ${r.name} WHERE ${comp.q('__k')} <= ${p.add(c.limit)}`,
        [{ sql: comp.q('__rn'), desc: false }],
        [...names, '__rn'],
        ['__rn'],
      );
    }
    case 'timechart': {
      const bucket = comp.d.timeBucket(comp.ref(stage, '@timestamp'), p.add(c.spanMs));
      const keys: (readonly [string, string])[] = [['@timestamp', bucket]];
      if (c.by !== undefined) keys.push([c.by, comp.ref(stage, c.by)]);
      return comp.grouped(prev, stage, keys, c.aggs);
    }
    case 'bin': {
      const r = resolveField(stage, c.field);
      const x = comp.ref(stage, c.field);
      const span = p.add(c.spanMs);
      const sql =
        r?.column.type === 'timestamp'
          ? comp.d.timeBucket(x, span)
          : r?.column.type === 'long'
            ? `CAST(floor(CAST(${x} AS ${comp.d.typeName('double', false)}) / ${span}) * ${span} AS BIGINT)`
            : `(floor(${x} / ${span}) * ${span})`;
      const target = c.as ?? c.field;
      return comp.withColumn(
        comp.settle(prev, (n) => n === target),
        target,
        sql,
      );
    }
    case 'lookup': {
      const list = comp.lists.get(c.list);
      if (!list) {
        throw new HuntError(
          'hunt.unknown-list',
          `no indicator list named ${c.list}`,
          c.span,
          `lists: ${[...comp.lists.keys()].join(', ') || '(none)'}`,
        );
      }
      const r = resolveField(stage, c.field);
      const lp = p.add(list.map((x) => x.toLowerCase()));
      const cond =
        !r || r.source === 'absent'
          ? 'FALSE'
          : r.column.array
            ? comp.d.anyElement(colRef(r, comp.d), (x) => comp.d.inTextList(lp, `lower(${x})`))
            : comp.d.inTextList(lp, `lower(${colRef(r, comp.d)})`);
      return comp.cte(
        `SELECT * FROM ${prev.name} WHERE COALESCE(${cond}, FALSE)`,
        prev.order,
        prev.cols,
        prev.hidden,
      );
    }
  }
}
