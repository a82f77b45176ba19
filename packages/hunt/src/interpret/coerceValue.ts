import type { FieldType } from '@kunren/domain/ecs';
import { parseIsoMs } from '../text/isoTime.js';
import type { FlatValue } from './flattenEvent.js';

/** A value inside the interpreter: timestamps are epoch milliseconds. */
export type Scalar = string | number | boolean | null;
/** A scalar or, for list columns, a list of scalars. */
export type Value = Scalar | Scalar[];

function scalar(v: string | number | boolean | null, type: FieldType): Scalar {
  if (v === null) return null;
  switch (type) {
    case 'string':
      return String(v);
    case 'long': {
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string' && /^-?[0-9]+$/.test(v.trim())
            ? Number(v)
            : NaN;
      return Number.isSafeInteger(n) ? n : null;
    }
    case 'double': {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null;
    case 'timestamp':
      return typeof v === 'number' ? v : typeof v === 'string' ? (parseIsoMs(v) ?? null) : null;
  }
}

/**
 * Converts a flattened JSON value to what a store column of this type holds: text
 * columns take numbers as their decimal text (`event.code: 4688` → `"4688"`), numbers
 * and booleans parse from text, times become epoch ms; list columns always hold lists.
 * Values that do not convert become null.
 */
export function coerceValue(v: FlatValue | undefined, type: FieldType, array: boolean): Value {
  if (v === undefined) return null;
  if (array) return (Array.isArray(v) ? v : [v]).map((x) => scalar(x, type));
  if (Array.isArray(v)) return v.length === 1 ? scalar(v[0] ?? null, type) : null;
  return scalar(v, type);
}
