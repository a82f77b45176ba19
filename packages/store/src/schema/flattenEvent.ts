import type { JsonValue } from '@kunren/domain';

/** A flattened leaf value: a scalar, or the scalars of an array (nulls dropped). */
export type LeafValue = string | number | boolean | (string | number | boolean)[];

/**
 * Flattens a nested ECS document into its dotted leaf fields, the way Elasticsearch
 * indexes it: `{process:{parent:{name:"x"}}}` gives `process.parent.name = "x"`; keys that
 * already contain dots (`{"process.name":"x"}`) give the same name; arrays of scalars
 * stay arrays; arrays of objects give one array per leaf (`dns.answers.data = [..]`);
 * nulls, empty arrays and empty objects give nothing.
 */
export function flattenEvent(doc: { readonly [key: string]: JsonValue }): Map<string, LeafValue> {
  const out = new Map<string, LeafValue>();
  for (const key of Object.keys(doc)) walk(doc[key] as JsonValue, key, out, false);
  return out;
}

function walk(value: JsonValue, path: string, out: Map<string, LeafValue>, multi: boolean): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, path, out, true);
    return;
  }
  if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      walk(value[key] as JsonValue, path === '' ? key : `${path}.${key}`, out, multi);
    }
    return;
  }
  if (path === '') return;
  const prev = out.get(path);
  if (prev === undefined) {
    out.set(path, multi ? [value] : value);
  } else if (Array.isArray(prev)) {
    prev.push(value);
  } else {
    out.set(path, [prev, value]);
  }
}
