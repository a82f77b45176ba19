import { DuckDBDataChunk, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import duckdb, { type DataChunk, type Value } from '@duckdb/node-bindings';
import type { ColumnInfo } from '@kunren/hunt';
import type { ColumnCells, PreparedBatch } from '../schema/ColumnRegistry.js';
import type { TelemetryScope } from '../TelemetryStore.js';
import { CHUNK_ROWS, copyWords, WORDS, writeColumn } from './writeColumn.js';
import { writeInt64 } from './writeInt64.js';

/** The events table's columns in table order: the five layout columns, then field columns. */
export interface TableLayout {
  /** Field columns after `exercise_id, team_id, "@timestamp", _seq, _source`, in table order. */
  readonly fields: readonly (readonly [string, ColumnInfo | undefined])[];
}

const NO_CELLS: ColumnCells = { rows: [], values: [] };

/**
 * Appends prepared batches straight into the events table with one DuckDB appender, a data
 * chunk (2,048 rows) per batch and column by column: numbers, times and booleans are copied
 * as one buffer per column, strings assigned one by one, the scope and absent columns set as
 * constant vectors. Used inside the caller's transaction; open a new one after the table's
 * columns change.
 */
export class EventsAppender {
  private constructor(
    private readonly appender: DuckDBAppender,
    private readonly chunk: DataChunk,
    private readonly wrapped: DuckDBDataChunk,
    private readonly layout: TableLayout,
    private readonly nil: Value,
  ) {}

  private scopeKey = '';
  private exercise: Value | undefined;
  private team: Value | undefined;

  /** Opens an appender on `table`, whose field columns must be `layout`'s. */
  static async open(
    conn: DuckDBConnection,
    table: string,
    layout: TableLayout,
  ): Promise<EventsAppender> {
    const appender = await conn.createAppender(table);
    const width = appender.columnCount;
    if (width !== layout.fields.length + 5) {
      appender.closeSync();
      throw new Error(
        `the events table has ${width} columns, the store expected ${layout.fields.length + 5}`,
      );
    }
    const types = Array.from({ length: width }, (_, i) => appender.columnType(i).toLogicalType());
    const chunk = duckdb.create_data_chunk(types.map((t) => t.logical_type));
    return new EventsAppender(
      appender,
      chunk,
      new DuckDBDataChunk(chunk),
      layout,
      duckdb.create_null_value(),
    );
  }

  /**
   * Appends a batch of at most `CHUNK_ROWS` events (one data chunk) of `scope` with `_seq`
   * from `firstSeq`; returns the next free `_seq`. Batches of several scopes may share one
   * appender (one flush, one transaction).
   */
  append(scope: TelemetryScope, batch: PreparedBatch, firstSeq: number): number {
    const { chunk, layout } = this;
    const n = batch.size;
    if (n > CHUNK_ROWS) throw new Error(`a batch of ${n} events exceeds one data chunk`);
    const key = `${scope.exerciseId}\u0000${scope.teamId}`;
    if (key !== this.scopeKey || !this.exercise || !this.team) {
      this.scopeKey = key;
      this.exercise = duckdb.create_varchar(scope.exerciseId);
      this.team = duckdb.create_varchar(scope.teamId);
    }
    const byName = new Map(batch.columns.map((name, i) => [name, i]));
    duckdb.data_chunk_reset(chunk);
    duckdb.vector_reference_value(duckdb.data_chunk_get_vector(chunk, 0), this.exercise);
    duckdb.vector_reference_value(duckdb.data_chunk_get_vector(chunk, 1), this.team);
    for (let r = 0; r < n; r++) writeInt64(WORDS, r, batch.timestamps[r] as number, 1000);
    copyWords(duckdb.data_chunk_get_vector(chunk, 2), n);
    for (let r = 0; r < n; r++) writeInt64(WORDS, r, firstSeq + r, 1);
    copyWords(duckdb.data_chunk_get_vector(chunk, 3), n);
    const source = duckdb.data_chunk_get_vector(chunk, 4);
    for (let r = 0; r < n; r++) {
      duckdb.vector_assign_string_element(source, r, batch.sources[r] as string);
    }
    for (let c = 0; c < layout.fields.length; c++) {
      const vector = duckdb.data_chunk_get_vector(chunk, c + 5);
      const [name, info] = layout.fields[c] as readonly [string, ColumnInfo | undefined];
      const at = byName.get(name);
      if (at !== undefined && info !== undefined) {
        if (writeColumn(vector, info, batch.cells[at] as ColumnCells, n)) continue;
      }
      // a list vector keeps its child vector: a constant NULL would drop it
      if (info?.array === true) writeColumn(vector, info, NO_CELLS, n, true);
      else duckdb.vector_reference_value(vector, this.nil);
    }
    duckdb.data_chunk_set_size(chunk, n);
    this.appender.appendDataChunk(this.wrapped);
    return firstSeq + n;
  }

  /** Flushes what was appended into the table (in the caller's transaction) and closes. */
  close(): void {
    this.appender.closeSync();
  }
}
