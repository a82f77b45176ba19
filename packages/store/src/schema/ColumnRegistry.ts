import type { EcsEvent } from '@kunren/domain';
import { ecsField } from '@kunren/domain/ecs';
import type { ColumnInfo } from '@kunren/hunt';
import { StoreError } from '../StoreError.js';
import { coerceValue, LossyCell, type Cell } from './coerceValue.js';
import { columnFor } from './columnFor.js';
import { flattenEvent, type LeafValue } from './flattenEvent.js';
import { parseTimestamp } from './parseTimestamp.js';
import { isReservedColumn } from './reservedColumns.js';

/** One event ready to store: its time, its JSON, and its cells by batch column index. */
export interface PreparedRow {
  readonly timestamp: number;
  readonly source: string;
  /** Cells aligned with `PreparedBatch.columns`; undefined where the event lacks the field. */
  readonly cells: (Cell | undefined)[];
}

/** A batch flattened and typed against the registry, not yet stored. */
export interface PreparedBatch {
  /** The columns this batch fills, in order. */
  readonly columns: readonly string[];
  readonly rows: readonly PreparedRow[];
  /** Columns the batch introduces (ALTER TABLE ADD COLUMN before storing). */
  readonly added: readonly (readonly [string, ColumnInfo])[];
  /** Non-ECS whole-number columns that met a fraction and become double. */
  readonly widened: readonly string[];
  /** Values that could not be stored as given (kept as text or NULL; `_source` has them). */
  readonly lossy: number;
  /** Fields skipped because they would take a layout column (`team_id`, `_source`, …). */
  readonly reserved: number;
}

const MAX_FIELD_NAME = 255;
const DOUBLE: ColumnInfo = { type: 'double', array: false };

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
   * Flattens and types a batch. Throws `store.bad_event` (naming the event's index) when an
   * event has no valid `@timestamp`; nothing of the batch is stored then.
   */
  prepare(events: readonly EcsEvent[]): PreparedBatch {
    /** Per field name of this batch: its column, type and index in `columns`. */
    const slots = new Map<string, { name: string; info: ColumnInfo; at: number } | null>();
    const byColumn = new Map<string, { name: string; info: ColumnInfo; at: number }>();
    const columns: string[] = [];
    const pending = new Map<string, ColumnInfo>();
    const widened = new Set<string>();
    const rows: PreparedRow[] = [];
    let lossy = 0;
    let reserved = 0;
    const slotOf = (field: string, value: LeafValue) => {
      const name = this.resolve(field);
      if (name === undefined) return null;
      const lower = name.toLowerCase();
      let slot = byColumn.get(lower);
      if (!slot) {
        const known = this.byName.get(name);
        const info = known ?? columnFor(name, value);
        if (!known) pending.set(name, info);
        slot = { name, info, at: columns.length };
        columns.push(name);
        byColumn.set(lower, slot);
      }
      return slot;
    };
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as EcsEvent;
      const timestamp = parseTimestamp(event['@timestamp']);
      if (timestamp === undefined) {
        throw new StoreError(
          'store.bad_event',
          `event ${i} of the batch: @timestamp ${JSON.stringify(event['@timestamp'] ?? null)} is not an ISO 8601 time`,
          'give every event an "@timestamp" such as "2026-03-01T09:15:00.000Z"; nothing of this batch was stored',
        );
      }
      const cells: (Cell | undefined)[] = new Array<Cell | undefined>(columns.length);
      for (const [field, value] of flattenEvent(event)) {
        if (field === '@timestamp') continue;
        let slot = slots.get(field);
        if (slot === undefined) {
          slot = slotOf(field, value);
          slots.set(field, slot);
        }
        if (slot === null) {
          reserved++;
          continue;
        }
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
        if (cells[slot.at] === undefined) cells[slot.at] = cell;
      }
      rows.push({ timestamp, source: JSON.stringify(event), cells });
    }
    return { columns, rows, added: [...pending.entries()], widened: [...widened], lossy, reserved };
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
