import type { ColumnInfo } from '@kunren/hunt';
import type { LeafValue } from '@kunren/hunt';
import { parseTimestamp } from './parseTimestamp.js';

/** A value as stored in a column: timestamps as epoch milliseconds, lists as strings. */
export type Cell = string | number | boolean | string[] | null;

/**
 * A value that could not be stored as given: `cell` is what is stored instead (text, or
 * NULL). Counted by the caller, never silent.
 */
export class LossyCell {
  constructor(readonly cell: Cell) {}
}

const LOSSY_NULL = new LossyCell(null);
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts a flattened value to its column's type when that loses nothing ("443" → 443,
 * 4688 → "4688", "true" → true, ["x"] → "x", "x" → ["x"]); otherwise stores it as text
 * (string columns) or NULL (typed columns) and reports it as lossy. The whole document is
 * always kept in `_source`, so nothing is lost from the event itself.
 */
export function coerceValue(value: LeafValue, column: ColumnInfo): Cell | LossyCell {
  if (column.array) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => String(v));
  }
  if (Array.isArray(value)) {
    if (value.length === 1) return coerceValue(value[0] as string | number | boolean, column);
    if (column.type === 'string') return new LossyCell(JSON.stringify(value));
    return LOSSY_NULL;
  }
  switch (column.type) {
    case 'string':
      return typeof value === 'string' ? value : String(value);
    case 'long':
      if (typeof value === 'number') {
        return Number.isSafeInteger(value) ? ok(value) : LOSSY_NULL;
      }
      if (typeof value === 'string' && INTEGER.test(value.trim())) {
        const n = Number(value.trim());
        if (Number.isSafeInteger(n)) return ok(n);
      }
      return LOSSY_NULL;
    case 'double':
      if (typeof value === 'number') return ok(value);
      if (typeof value === 'string' && NUMBER.test(value.trim())) return ok(Number(value.trim()));
      return LOSSY_NULL;
    case 'boolean':
      if (typeof value === 'boolean') return ok(value);
      if (typeof value === 'string') {
        const v = value.trim().toLowerCase();
        if (v === 'true') return ok(true);
        if (v === 'false') return ok(false);
      }
      return LOSSY_NULL;
    case 'timestamp': {
      if (typeof value === 'boolean') return LOSSY_NULL;
      const ms = parseTimestamp(value);
      return ms === undefined ? LOSSY_NULL : ok(ms);
    }
    default: {
      const never: never = column.type;
      throw new Error(`unhandled column type ${String(never)}`);
    }
  }
}

function ok(cell: Cell): Cell {
  return cell;
}
