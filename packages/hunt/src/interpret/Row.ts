import type { EcsEvent } from '@kunren/domain';
import type { Resolved } from '../plan/Stage.js';
import { coerceValue } from './coerceValue.js';
import type { Value } from './coerceValue.js';
import { readField } from './readField.js';

/** A row in the interpreter: an event (raw mode) and/or computed values. */
export interface Row {
  /** The original document, in raw mode. */
  readonly doc?: EcsEvent;
  /** Computed values (raw mode) or all values (table mode). */
  readonly vals: ReadonlyMap<string, Value>;
}

/** A reader of one resolved field from rows. */
export type Getter = (row: Row) => Value;

/** Builds the reader for a field resolved in a stage. */
export function getter(r: Resolved): Getter {
  const { name, type, array } = r.column;
  switch (r.source) {
    case 'computed':
      return (row) => row.vals.get(name) ?? null;
    case 'store': {
      const segs = name.split('.');
      return (row) => coerceValue(row.doc ? readField(row.doc, segs) : undefined, type, array);
    }
    case 'absent':
      return () => null;
  }
}
