import type { EcsEvent, JsonValue } from '@kunren/domain';
import type { FlatValue } from './flattenEvent.js';

type Scalar = string | number | boolean | null;

function isScalar(v: JsonValue | undefined): v is Scalar {
  return v === null || (typeof v !== 'object' && v !== undefined);
}

/** Collects the leaves under `v` at `segs[i..]`; true when the path exists (even empty). */
function collect(v: JsonValue, segs: readonly string[], i: number, out: Scalar[]): boolean {
  if (Array.isArray(v)) {
    let found = i === segs.length;
    for (const x of v) found = collect(x, segs, i, out) || found;
    return found;
  }
  if (i === segs.length) {
    if (isScalar(v)) out.push(v);
    return isScalar(v);
  }
  if (v === null || typeof v !== 'object') return false;
  const direct = v[segs[i] as string];
  if (direct !== undefined) return collect(direct, segs, i + 1, out);
  for (let j = i + 2; j <= segs.length; j++) {
    const joined = v[segs.slice(i, j).join('.')];
    if (joined !== undefined) return collect(joined, segs, j, out);
  }
  return false;
}

function walk(v: JsonValue | undefined, segs: readonly string[], i: number): FlatValue | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    if (i === segs.length && v.every(isScalar)) return v as Scalar[];
    const out: Scalar[] = [];
    return collect(v, segs, i, out) ? out : undefined;
  }
  if (i === segs.length) return isScalar(v) ? v : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  const direct = v[segs[i] as string];
  if (direct !== undefined) return walk(direct, segs, i + 1);
  for (let j = i + 2; j <= segs.length; j++) {
    const joined = v[segs.slice(i, j).join('.')];
    if (joined !== undefined) return walk(joined, segs, j);
  }
  return undefined;
}

/**
 * Reads one dotted field straight from a nested document, with the same result as
 * `flattenEvent(doc)[name]` (lists of objects collect their leaves into a list), without
 * flattening the whole document. `segs` is `name.split('.')`.
 */
export function readField(doc: EcsEvent, segs: readonly string[]): FlatValue | undefined {
  return walk(doc as JsonValue, segs, 0);
}
