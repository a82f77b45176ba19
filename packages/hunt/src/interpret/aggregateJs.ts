import type { Aggregation } from '../ast.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import type { Scalar, Value } from './coerceValue.js';
import { cmp } from './filterJs.js';
import { getter } from './Row.js';
import type { Row } from './Row.js';
import { sortBy } from './sortRows.js';

/**
 * Computes one aggregation over a group of rows (in their current order), with SQL's
 * null handling: nulls are skipped; sum/avg/min/max of no values are null; `values`
 * is the sorted distinct list; earliest/latest take the value at the first/last
 * `@timestamp` among rows where it is present (ties: the earlier row).
 */
export function aggregateJs(a: Aggregation, stage: Stage): (rows: readonly Row[]) => Value {
  if (a.field === undefined) return (rows) => rows.length;
  const get = getter(resolveField(stage, a.field) as NonNullable<ReturnType<typeof resolveField>>);
  const ts = resolveField(stage, '@timestamp');
  const getTs = ts ? getter(ts) : () => null;
  const present = (rows: readonly Row[]): Scalar[] =>
    rows.map((r) => get(r) as Scalar).filter((v) => v !== null);
  switch (a.fn) {
    case 'count':
      return (rows) => present(rows).length;
    case 'dc':
      return (rows) => new Set(present(rows)).size;
    case 'sum':
      return (rows) => {
        const v = present(rows) as number[];
        return v.length ? v.reduce((x, y) => x + y, 0) : null;
      };
    case 'avg':
      return (rows) => {
        const v = present(rows) as number[];
        return v.length ? v.reduce((x, y) => x + y, 0) / v.length : null;
      };
    case 'min':
    case 'max':
      return (rows) => {
        const v = present(rows);
        if (!v.length) return null;
        return v.reduce((x, y) => ((a.fn === 'min' ? cmp(y, x) < 0 : cmp(y, x) > 0) ? y : x));
      };
    case 'values':
      return (rows) => sortBy([...new Set(present(rows))], [{ get: (v) => v, desc: false }]);
    case 'earliest':
    case 'latest':
      return (rows) => {
        const cands = rows.filter((r) => get(r) !== null && getTs(r) !== null);
        if (!cands.length) return null;
        const sorted = sortBy(cands, [{ get: getTs, desc: a.fn === 'latest' }]);
        if (a.fn === 'latest') {
          const top = getTs(sorted[0] as Row);
          const tied = sorted.filter((r) => getTs(r) === top);
          return get(tied[tied.length - 1] as Row);
        }
        return get(sorted[0] as Row);
      };
  }
}
