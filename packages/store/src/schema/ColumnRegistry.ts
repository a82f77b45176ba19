import type { EcsEvent } from '@kunren/domain';
import { ecsField } from '@kunren/domain/ecs';
import { LeafCollector, type ColumnInfo, type LeafValue } from '@kunren/hunt';
import { StoreError } from '../StoreError.js';
import { coerceValue, LossyCell, type Cell } from './coerceValue.js';
import { columnFor } from './columnFor.js';
import { parseTimestamp } from './parseTimestamp.js';
import { isReservedColumn } from './reservedColumns.js';

/**
 * A batch flattened and typed against the registry, not yet stored, held by column: row `i`
 * is event `i` of the batch.
 */
export interface PreparedBatch {
  /** Number of events. */
  readonly size: number;
  /** Each event's `@timestamp` in epoch milliseconds. */
  readonly timestamps: Float64Array;
  /** Each event's JSON text (`_source`). */
  readonly sources: readonly string[];
  /** The columns this batch fills, in order. */
  readonly columns: readonly string[];
  /** Each column's cells (aligned with `columns`): only the rows that have the field. */
  readonly cells: readonly ColumnCells[];
  /** Columns the batch introduces (ALTER TABLE ADD COLUMN before storing). */
  readonly added: readonly (readonly [string, ColumnInfo])[];
  /** Non-ECS whole-number columns that met a fraction and become double. */
  readonly widened: readonly string[];
  /** Values that could not be stored as given (kept as text or NULL; `_source` has them). */
  readonly lossy: number;
  /** Fields skipped because they would take a layout column (`team_id`, `_source`, …). */
  readonly reserved: number;
}

/** The cells of one column of a batch, sparse: `values[k]` is the cell of row `rows[k]`. */
export interface ColumnCells {
  /** Row indexes, ascending. */
  readonly rows: number[];
  readonly values: Cell[];
}

const MAX_FIELD_NAME = 255;
const DOUBLE: ColumnInfo = { type: 'double', array: false };

/** A batch column: its name, type (may widen), index, and the last row that filled it. */
interface Slot {
  readonly name: string;
  info: ColumnInfo;
  readonly at: number;
  filled: number;
}
/** The slot of fields that may not have a column (layout names, control characters). */
const RESERVED: Slot = { name: '', info: DOUBLE, at: -1, filled: -1 };

/**
 * The store's column set: which field has which column type, decided when the field first
 * appears anywhere in the store (`columnFor`) and never changed afterwards, except that a
 * non-ECS `long` column widens to `double` when a fraction arrives. Column names match
 * case-insensitively, as SQL identifiers do: a later `Process.Name` fills `process.name`.
 */
export class ColumnRegistry {
  private readonly byName = new Map<string, ColumnInfo>();
  private readonly byLower = new Map<string, string>();
  /** Field name → column name (null: no column), cleared when columns change. */
  private readonly resolved = new Map<string, string | null>();

  constructor(initial: Iterable<readonly [string, ColumnInfo]> = []) {
    for (const [name, info] of initial) this.set(name, info);
  }

  /** All columns with their types. */
  columns(): ReadonlyMap<string, ColumnInfo> {
    return this.byName;
  }

  /** The column a field name is stored in, or undefined when the field may not have one. */
  resolve(field: string): string | undefined {
    const hit = this.resolved.get(field);
    if (hit !== undefined) return hit === null ? undefined : hit;
    const name = this.resolveUncached(field);
    if (this.resolved.size < 100_000) this.resolved.set(field, name ?? null);
    return name;
  }

  private resolveUncached(field: string): string | undefined {
    if (field.length === 0 || field.length > MAX_FIELD_NAME) return undefined;
    if (isReservedColumn(field) || hasControlChar(field)) return undefined;
    return this.byLower.get(field.toLowerCase()) ?? field;
  }

  /**
   * Flattens and types a batch. Throws `store.bad_event` (naming the event's index plus
   * `offset`, its place in the caller's whole batch) when an event has no valid `@timestamp`;
   * nothing of the batch is stored then.
   */
  prepare(events: readonly EcsEvent[], offset = 0): PreparedBatch {
    const size = events.length;
    const collector = LeafCollector.create();
    const byColumn = new Map<string, Slot>();
    const columns: string[] = [];
    const cells: ColumnCells[] = [];
    const pending = new Map<string, ColumnInfo>();
    const widened = new Set<string>();
    const timestamps = new Float64Array(size);
    const sources: string[] = new Array<string>(size);
    let lossy = 0;
    let reserved = 0;
    const slotOf = (field: string, value: LeafValue): Slot | null => {
      if (field === '@timestamp') return null;
      const name = this.resolve(field);
      if (name === undefined) return RESERVED;
      const lower = name.toLowerCase();
      let slot = byColumn.get(lower);
      if (!slot) {
        const known = this.byName.get(name);
        const info = known ?? columnFor(name, value);
        if (!known) pending.set(name, info);
        slot = { name, info, at: columns.length, filled: -1 };
        columns.push(name);
        cells.push({ rows: [], values: [] });
        byColumn.set(lower, slot);
      }
      return slot;
    };
    for (let i = 0; i < size; i++) {
      const event = events[i] as EcsEvent;
      const timestamp = parseTimestamp(event['@timestamp']);
      if (timestamp === undefined) {
        throw new StoreError(
          'store.bad_event',
          `event ${i + offset} of the batch: @timestamp ${JSON.stringify(event['@timestamp'] ?? null)} is not an ISO 8601 time`,
          'give every event an "@timestamp" such as "2026-03-01T09:15:00.000Z"; nothing of this batch was stored',
        );
      }
      timestamps[i] = timestamp;
      sources[i] = JSON.stringify(event);
      for (const field of collector.collect(event, i)) {
        let slot = field.slot as Slot | null | undefined;
        if (slot === undefined) field.slot = slot = slotOf(field.name, field.value);
        if (slot === null) continue;
        if (slot === RESERVED) {
          reserved++;
          continue;
        }
        const value = field.value;
        if (shouldWiden(slot.name, slot.info, value)) {
          slot.info = DOUBLE;
          if (pending.has(slot.name)) pending.set(slot.name, DOUBLE);
          else widened.add(slot.name);
        }
        let cell = coerceValue(value, slot.info);
        if (cell instanceof LossyCell) {
          lossy++;
          cell = cell.cell;
        }
        // the first field of the event that lands in a column fills it
        if (slot.filled !== i) {
          slot.filled = i;
          const column = cells[slot.at] as ColumnCells;
          column.rows.push(i);
          column.values.push(cell);
        }
      }
    }
    return {
      size,
      timestamps,
      sources,
      columns,
      cells,
      added: [...pending.entries()],
      widened: [...widened],
      lossy,
      reserved,
    };
  }

  /** Records the columns a stored batch added or widened. */
  commit(batch: PreparedBatch): void {
    for (const [name, info] of batch.added) this.set(name, info);
    for (const name of batch.widened) this.set(name, DOUBLE);
  }

  private set(name: string, info: ColumnInfo): void {
    this.resolved.clear();
    this.byName.set(name, info);
    this.byLower.set(name.toLowerCase(), name);
  }
}

function shouldWiden(name: string, info: ColumnInfo, value: unknown): boolean {
  return (
    info.type === 'long' &&
    !info.array &&
    typeof value === 'number' &&
    !Number.isInteger(value) &&
    ecsField(name) === undefined
  );
}

function hasControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 0x20) return true;
  return false;
}
