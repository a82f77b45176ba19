import type { EcsEvent, JsonValue } from '@kunren/domain';
import { LeafCollector } from './LeafCollector.js';

/** A flattened leaf value: a scalar, or a list of scalars (arrays, arrays of objects). */
export type FlatValue = string | number | boolean | null | (string | number | boolean | null)[];

/** A flattened leaf value without nulls (what the store keeps in its columns). */
export type LeafValue = string | number | boolean | (string | number | boolean)[];

/**
 * Flattens a nested ECS document to dotted leaf names as written, nulls and empty arrays
 * included: `{process: {name: "x"}}` → `{"process.name": "x"}` (see `LeafCollector`).
 */
export function flattenEvent(doc: EcsEvent | Record<string, JsonValue>): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const f of LeafCollector.keepingNulls().collect(doc as Record<string, JsonValue>, 0)) {
    out[f.name] = f.value;
  }
  return out;
}

/**
 * The leaf fields of a document as the store indexes them: nulls, empty arrays and empty
 * objects give nothing (see `LeafCollector`).
 */
export function flattenLeaves(doc: { readonly [key: string]: JsonValue }): Map<string, LeafValue> {
  const out = new Map<string, LeafValue>();
  for (const f of LeafCollector.create().collect(doc, 0)) out.set(f.name, f.value);
  return out;
}
