import type { EcsEvent, JsonValue } from '@kunren/domain';

/** A flattened leaf value: a scalar, or a list of scalars (arrays, arrays of objects). */
export type FlatValue = string | number | boolean | null | (string | number | boolean | null)[];

type Scalar = string | number | boolean | null;

function isScalar(x: JsonValue): x is Scalar {
  return x === null || typeof x !== 'object';
}

function add(out: Record<string, FlatValue>, key: string, v: Scalar, inArray: boolean): void {
  if (!inArray) {
    out[key] = v;
    return;
  }
  const cur = out[key];
  if (Array.isArray(cur)) cur.push(v);
  else out[key] = cur === undefined ? [v] : [cur, v];
}

function walk(
  out: Record<string, FlatValue>,
  prefix: string,
  v: JsonValue,
  inArray: boolean,
): void {
  if (Array.isArray(v)) {
    if (!inArray && v.every(isScalar)) {
      out[prefix] = v.slice() as Scalar[];
      return;
    }
    if (v.length === 0 && out[prefix] === undefined) out[prefix] = [];
    for (const x of v) walk(out, prefix, x, true);
  } else if (v !== null && typeof v === 'object') {
    for (const k in v) walk(out, prefix ? `${prefix}.${k}` : k, v[k] as JsonValue, inArray);
  } else {
    add(out, prefix, v, inArray);
  }
}

/**
 * Flattens a nested ECS document to dotted leaf names: `{process: {name: "x"}}` →
 * `{"process.name": "x"}`. Keys that already contain dots are kept as written. Arrays
 * of scalars stay arrays; in arrays of objects each leaf collects its values into an
 * array (`dns.answers: [{data: "a"}, {data: "b"}]` → `dns.answers.data: ["a", "b"]`).
 */
export function flattenEvent(doc: EcsEvent | Record<string, JsonValue>): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  walk(out, '', doc as JsonValue, false);
  return out;
}
