import type { EcsEvent, JsonValue } from '@kunren/domain';

/** A flattened leaf value: a scalar, or a list of scalars (arrays, arrays of objects). */
export type FlatValue = string | number | boolean | null | (string | number | boolean | null)[];

/**
 * Flattens a nested ECS document to dotted leaf names: `{process: {name: "x"}}` →
 * `{"process.name": "x"}`. Keys that already contain dots are kept as written. Arrays
 * of scalars stay arrays; in arrays of objects each leaf collects its values into an
 * array (`dns.answers: [{data: "a"}, {data: "b"}]` → `dns.answers.data: ["a", "b"]`).
 */
export function flattenEvent(doc: EcsEvent | Record<string, JsonValue>): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  const add = (key: string, v: string | number | boolean | null, inArray: boolean): void => {
    const cur = out[key];
    if (inArray) out[key] = Array.isArray(cur) ? [...cur, v] : cur === undefined ? [v] : [cur, v];
    else out[key] = v;
  };
  const walk = (prefix: string, v: JsonValue, inArray: boolean): void => {
    if (Array.isArray(v)) {
      if (!inArray && v.every((x) => x === null || typeof x !== 'object')) {
        out[prefix] = v as (string | number | boolean | null)[];
        return;
      }
      if (v.length === 0 && out[prefix] === undefined) out[prefix] = [];
      for (const x of v) walk(prefix, x, true);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x, inArray);
    } else {
      add(prefix, v, inArray);
    }
  };
  walk('', doc as JsonValue, false);
  return out;
}
