import type { Command, Expr } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { aggName } from '../plan/analyze.js';
import type { FilterLeaf } from '../plan/checkFilter.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { aggregateJs } from './aggregateJs.js';
import type { Scalar, Value } from './coerceValue.js';
import { getter } from './Row.js';
import type { Getter, Row } from './Row.js';
import { sortBy } from './sortRows.js';
import { valueJs } from './valueJs.js';
import { typeOfValue } from '../plan/typeOfValue.js';

/** What a command needs besides its rows. */
export interface CommandEnv {
  readonly input: Stage;
  readonly leaves: ReadonlyMap<Expr, FilterLeaf>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

const get = (stage: Stage, name: string): Getter =>
  getter(resolveField(stage, name) as NonNullable<ReturnType<typeof resolveField>>);

/** A table row from named values. */
const tableRow = (entries: [string, Value][]): Row => ({ vals: new Map(entries) });

function withValue(row: Row, name: string, v: Value): Row {
  return { ...row, vals: new Map(row.vals).set(name, v) };
}

/** Groups rows by the values of `keys` (null is a key), keeping first-seen order. */
function groupRows(rows: readonly Row[], keys: readonly Getter[]): { key: Value[]; rows: Row[] }[] {
  const groups = new Map<string, { key: Value[]; rows: Row[] }>();
  for (const row of rows) {
    const key = keys.map((k) => k(row));
    const id = JSON.stringify(key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, rows: [] }));
    g.rows.push(row);
  }
  return [...groups.values()];
}

function sortGroups<T extends { key: Value[] }>(groups: T[]): T[] {
  return sortBy(
    groups,
    (groups[0]?.key ?? []).map((_, i) => ({ get: (g: T) => g.key[i] as Value, desc: false })),
  );
}

/** Runs one pipe command over rows in the interpreter. */
export function commandJs(c: Command, rows: readonly Row[], env: CommandEnv): Row[] {
  const s = env.input;
  switch (c.kind) {
    case 'where': {
      const f = valueJs(c.expr, s, env.leaves);
      return rows.filter((r) => f(r) === true);
    }
    case 'stats': {
      const by = c.by.map((f) => get(s, f));
      const aggs = c.aggs.map((a) => ({ name: aggName(a), fn: aggregateJs(a, s) }));
      const groups = by.length ? sortGroups(groupRows(rows, by)) : [{ key: [], rows: [...rows] }];
      return groups.map((g) =>
        tableRow([
          ...c.by.map((f, i): [string, Value] => [f, g.key[i] as Value]),
          ...aggs.map((a): [string, Value] => [a.name, a.fn(g.rows)]),
        ]),
      );
    }
    case 'sort':
      return sortBy(
        rows,
        c.keys.map((k) => ({ get: get(s, k.field), desc: k.desc })),
      );
    case 'head':
      return rows.slice(0, c.n);
    case 'tail':
      return rows.slice(Math.max(0, rows.length - c.n));
    case 'fields': {
      const gets = c.fields.map((f) => get(s, f));
      return rows.map((r) => tableRow(c.fields.map((f, i) => [f, (gets[i] as Getter)(r)])));
    }
    case 'rename': {
      let out = [...rows];
      let stage = s;
      for (const p of c.pairs) {
        const g = get(stage, p.from);
        out = out.map((r) => {
          const v = g(r);
          const vals = new Map(r.vals);
          vals.delete(p.from);
          return { ...r, vals: vals.set(p.to, v) };
        });
        const from = resolveField(stage, p.from);
        stage = {
          ...stage,
          hidden: new Set(stage.hidden).add(p.from),
          columns: [
            ...stage.columns.filter((x) => x.name !== p.from && x.name !== p.to),
            { ...(from as NonNullable<typeof from>).column, name: p.to },
          ],
        };
      }
      return out;
    }
    case 'eval': {
      let out = [...rows];
      let stage = s;
      for (const a of c.assignments) {
        const f = valueJs(a.expr, stage, env.leaves);
        out = out.map((r) => withValue(r, a.name, f(r)));
        const t = typeOfValue(a.expr, stage);
        const hidden = new Set(stage.hidden);
        hidden.delete(a.name);
        const col = { name: a.name, type: t === 'null' ? ('string' as const) : t, array: false };
        stage = {
          ...stage,
          hidden,
          columns: [...stage.columns.filter((x) => x.name !== a.name), col],
        };
      }
      return out;
    }
    case 'dedup': {
      const keys = c.fields.map((f) => get(s, f));
      const seen = new Set<string>();
      return rows.filter((r) => {
        const key = keys.map((k) => k(r));
        if (key.some((v) => v === null)) return false;
        const id = JSON.stringify(key);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    }
    case 'top':
    case 'rare': {
      const by = c.by.map((f) => get(s, f));
      const fields = c.fields.map((f) => get(s, f));
      const out: Row[] = [];
      const byGroups = by.length
        ? sortGroups(groupRows(rows, by))
        : [{ key: [] as Value[], rows: [...rows] }];
      for (const bg of byGroups) {
        const counted = bg.rows.filter((r) => fields.every((f) => f(r) !== null));
        const vgs = groupRows(counted, fields).map((g) => ({ key: g.key, n: g.rows.length }));
        const ranked = sortBy(vgs, [
          { get: (g) => g.n, desc: c.kind === 'top' },
          ...fields.map((_, i) => ({
            get: (g: { key: Value[] }) => g.key[i] as Value,
            desc: false,
          })),
        ]).slice(0, c.limit);
        for (const g of ranked) {
          out.push(
            tableRow([
              ...c.by.map((f, i): [string, Value] => [f, bg.key[i] as Value]),
              ...c.fields.map((f, i): [string, Value] => [f, g.key[i] as Value]),
              ['count', g.n],
              ['percent', (g.n * 100) / counted.length],
            ]),
          );
        }
      }
      return out;
    }
    case 'timechart': {
      const ts = get(s, '@timestamp');
      const span = c.spanMs;
      const bucket: Getter = (r) => {
        const t = ts(r) as Scalar;
        return t === null ? null : Math.floor((t as number) / span) * span;
      };
      const keys = [bucket, ...(c.by !== undefined ? [get(s, c.by)] : [])];
      const aggs = c.aggs.map((a) => ({ name: aggName(a), fn: aggregateJs(a, s) }));
      return sortGroups(groupRows(rows, keys)).map((g) =>
        tableRow([
          ['@timestamp', g.key[0] as Value],
          ...(c.by !== undefined ? [[c.by, g.key[1] as Value] as [string, Value]] : []),
          ...aggs.map((a): [string, Value] => [a.name, a.fn(g.rows)]),
        ]),
      );
    }
    case 'bin': {
      const g = get(s, c.field);
      const span = c.spanMs;
      return rows.map((r) => {
        const v = g(r) as Scalar;
        return withValue(
          r,
          c.as ?? c.field,
          v === null ? null : Math.floor((v as number) / span) * span,
        );
      });
    }
    case 'lookup': {
      const list = env.lists.get(c.list);
      if (!list) {
        throw new HuntError(
          'hunt.unknown-list',
          `no indicator list named ${c.list}`,
          c.span,
          `lists: ${[...env.lists.keys()].join(', ') || '(none)'}`,
        );
      }
      const set = new Set(list.map((x) => x.toLowerCase()));
      const g = get(s, c.field);
      return rows.filter((r) => {
        const v = g(r);
        return (Array.isArray(v) ? v : [v]).some(
          (x) => x !== null && set.has(String(x).toLowerCase()),
        );
      });
    }
  }
}
