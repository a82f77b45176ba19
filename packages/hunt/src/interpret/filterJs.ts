import type { Expr } from '../ast.js';
import type { FilterLeaf } from '../plan/checkFilter.js';
import type { MatchSpec } from '../plan/matchSpec.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { TEXT_FIELDS } from '../plan/textFields.js';
import { ipInCidr } from '../text/cidr.js';
import { globMatcher } from '../text/glob.js';
import type { Scalar } from './coerceValue.js';
import { getter } from './Row.js';
import type { Row } from './Row.js';

/** Orders two non-null scalars of one type (text by UTF-16 code units). */
export function cmp(a: Scalar, b: Scalar): number {
  return (a as number | string) < (b as number | string)
    ? -1
    : (a as number | string) > (b as number | string)
      ? 1
      : 0;
}

function range(op: '<' | '<=' | '>' | '>=', c: number): boolean {
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

function scalarTest(
  spec: MatchSpec,
  other: ((row: Row) => Scalar | Scalar[]) | undefined,
): (v: Scalar, row: Row) => boolean {
  switch (spec.k) {
    case 'never':
      return () => false;
    case 'str-eq':
      return spec.cs
        ? (v) => String(v) === spec.value
        : (v) => String(v).toLowerCase() === spec.value;
    case 'str-like': {
      const m = globMatcher(spec.glob, spec.cs);
      return (v) => m(String(v));
    }
    case 'regex':
      return (v) => spec.regex.test(String(v));
    case 'cidr':
      return (v) => ipInCidr(String(v), spec.cidr);
    case 'num-eq':
    case 'bool-eq':
      return (v) => v === spec.value;
    case 'ts-eq':
      return (v) => v === spec.ms;
    case 'num-cmp':
      return (v) => range(spec.op, cmp(v, spec.value));
    case 'str-cmp':
      return (v) => range(spec.op, cmp(v, spec.value));
    case 'ts-cmp':
      return (v) => range(spec.op, cmp(v, spec.ms));
    case 'field-eq':
      return (v, row) => {
        const o = other?.(row);
        if (o === null || o === undefined || Array.isArray(o)) return false;
        return spec.cs || typeof v !== 'string'
          ? v === o
          : v.toLowerCase() === String(o).toLowerCase();
      };
  }
}

/**
 * Compiles a filter expression to a JS predicate (two-valued: a missing field simply
 * does not match, so `not f:x` keeps events without `f`). List values match when any
 * element does.
 */
export function filterJs(
  e: Expr,
  stage: Stage,
  leaves: ReadonlyMap<Expr, FilterLeaf>,
): (row: Row) => boolean {
  switch (e.kind) {
    case 'all':
      return () => true;
    case 'and': {
      const items = e.items.map((i) => filterJs(i, stage, leaves));
      return (row) => items.every((f) => f(row));
    }
    case 'or': {
      const items = e.items.map((i) => filterJs(i, stage, leaves));
      return (row) => items.some((f) => f(row));
    }
    case 'not': {
      const inner = filterJs(e.expr, stage, leaves);
      return (row) => !inner(row);
    }
    case 'exists': {
      const r = resolveField(stage, e.field);
      if (!r) return () => false;
      const get = getter(r);
      return (row) => {
        const v = get(row);
        return Array.isArray(v) ? v.length > 0 : v !== null;
      };
    }
    case 'text': {
      const needle = e.value.toLowerCase();
      const gets = TEXT_FIELDS.map((f) => resolveField(stage, f))
        .filter((r) => r !== undefined && r.column.type === 'string')
        .map((r) => getter(r as NonNullable<typeof r>));
      return (row) =>
        gets.some((g) => {
          const v = g(row);
          return (Array.isArray(v) ? v : [v]).some(
            (x) => x !== null && String(x).toLowerCase().includes(needle),
          );
        });
    }
    case 'match':
    case 'compare': {
      const leaf = leaves.get(e) as FilterLeaf;
      const get = getter(leaf.resolved);
      const other = leaf.spec.k === 'field-eq' ? getter(leaf.spec.other) : undefined;
      const test = scalarTest(leaf.spec, other);
      return (row) => {
        const v = get(row);
        if (Array.isArray(v)) return v.some((x) => x !== null && test(x, row));
        return v !== null && test(v, row);
      };
    }
  }
}
