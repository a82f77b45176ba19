import type { FieldType } from '@kunren/domain/ecs';

/**
 * The contract between the hunting language's SQL compiler (this package) and the
 * telemetry store adapters (@kunren/store).
 *
 * Table layout every SQL store uses (one table, default name `events`):
 *   exercise_id  text      NOT NULL   -- scope: every compiled query filters on it
 *   team_id      text      NOT NULL   -- scope: every compiled query filters on it
 *   "@timestamp" timestamp NOT NULL   -- UTC, millisecond precision
 *   "_seq"       bigint    NOT NULL   -- ingest order within (exercise, team); tie-break
 *   "_source"    text      NOT NULL   -- the whole ECS document as JSON
 *   "<field>"    ...                  -- one column per flattened leaf field present in the
 *                                        data, named by its dotted name ("process.name"),
 *                                        typed by `ColumnInfo` (arrays are lists: text[])
 */
export interface ColumnInfo {
  readonly type: FieldType;
  /** Stored as a list (DuckDB `VARCHAR[]`, PostgreSQL `text[]`): match any element. */
  readonly array: boolean;
}

/** SQL differences between stores, kept behind one small interface. */
export interface SqlDialect {
  readonly name: 'duckdb' | 'postgres';
  /** Quote an identifier (`"process.name"`). */
  quoteIdent(name: string): string;
  /** The placeholder for the 1-based parameter `index` (`$1`). */
  param(index: number): string;
}

/** Everything the compiler needs besides the query. */
export interface CompileContext {
  readonly dialect: SqlDialect;
  /** Table name, default `events`. */
  readonly table: string;
  /**
   * Optional SQL relation to read instead of `table`, written by the store (never from user
   * input) for the table columns the query reads, e.g. a subquery that already confines the
   * table to the scope and range and selects only those columns — a second fence that costs
   * nothing, unlike a temporary view per query.
   */
  readonly relation?: (columns: readonly string[]) => string;
  /** The fields present in the store and their column types. */
  readonly columns: ReadonlyMap<string, ColumnInfo>;
  /** Only this exercise's and team's rows are ever visible. */
  readonly scope: { readonly exerciseId: string; readonly teamId: string };
  /** Inclusive `from`, exclusive `to`, ISO 8601 UTC. `to` is at most the team's sim now. */
  readonly range: { readonly from: string; readonly to: string };
  /** Result rows returned at most; the compiler asks for one more to detect the cut. */
  readonly maxRows: number;
  /** Indicator lists for `lookup`, passed as parameters. */
  readonly lists?: ReadonlyMap<string, readonly string[]>;
}

/** A compiled query: SQL text with placeholders, and its parameters in order. */
export interface CompiledSql {
  readonly sql: string;
  readonly params: readonly (string | number | boolean | null | readonly string[])[];
  /** Output columns in order; `_source` is included for raw-event results. */
  readonly columns: readonly { readonly name: string; readonly type: FieldType | 'json' }[];
  /** True when the result is a list of events (no aggregation), so rows carry `_source`. */
  readonly rawEvents: boolean;
}
