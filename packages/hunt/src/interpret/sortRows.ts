import type { Value } from './coerceValue.js';
import { cmp } from './filterJs.js';

/** Orders two values with nulls last in either direction (as the SQL uses NULLS LAST). */
export function compareNullsLast(a: Value, b: Value, desc: boolean): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  const c = cmp(a as never, b as never);
  return desc ? -c : c;
}

/** A stable sort of items by several keys (nulls last). */
export function sortBy<T>(
  items: readonly T[],
  keys: readonly { get: (t: T) => Value; desc: boolean }[],
): T[] {
  const decorated = items.map((item, i) => ({ item, i, k: keys.map((k) => k.get(item)) }));
  decorated.sort((x, y) => {
    for (let j = 0; j < keys.length; j++) {
      const c = compareNullsLast(
        x.k[j] as Value,
        y.k[j] as Value,
        (keys[j] as { desc: boolean }).desc,
      );
      if (c !== 0) return c;
    }
    return x.i - y.i;
  });
  return decorated.map((d) => d.item);
}
