import type { EcsEvent } from '@kunren/domain';
import type { FieldType } from '@kunren/domain/ecs';
import type { ColumnInfo, Query } from '@kunren/hunt';

/** Whose telemetry: every read and write is confined to one exercise and team. */
export interface TelemetryScope {
  readonly exerciseId: string;
  readonly teamId: string;
}

/** Bounds of one query. */
export interface QueryOptions {
  /** Inclusive start, ISO 8601 UTC. */
  readonly from: string;
  /** Exclusive end, ISO 8601 UTC: the caller passes at most the team's current sim time. */
  readonly to: string;
  /** Rows returned at most (default 10,000); a cut sets `truncated`. */
  readonly maxRows?: number;
  /** Wall-clock limit (default 10 s); exceeding it fails with error id `query.timeout`. */
  readonly timeoutMs?: number;
  /** Indicator lists for `| lookup <list> <field>`. */
  readonly lists?: ReadonlyMap<string, readonly string[]>;
}

/** The answer to a query. */
export interface QueryResult {
  readonly columns: readonly { readonly name: string; readonly type: FieldType | 'json' }[];
  /**
   * Result rows. For a plain event search (no aggregation, no `fields`) each row is the
   * whole ECS document; otherwise a flat record keyed by output column name.
   */
  readonly rows: readonly Record<string, unknown>[];
  /** True when `maxRows` cut the result. */
  readonly truncated: boolean;
  /** True when the rows are whole ECS events. */
  readonly rawEvents: boolean;
}

/** What `append` stored, and what it could not store as given (`_source` keeps it whole). */
export interface IngestStats {
  /** Events appended since the store was opened. */
  readonly events: number;
  /** Values stored as text or NULL because they did not fit their column's type. */
  readonly lossyValues: number;
  /** Fields kept only in `_source` because their name is a layout column (`team_id`, …). */
  readonly reservedFields: number;
}

/** The telemetry port: DuckDB (default), in-memory (tests), PostgreSQL (scale-out, later). */
export interface TelemetryStore {
  /** Appends events (any order within the batch is kept as given). */
  append(scope: TelemetryScope, events: readonly EcsEvent[]): Promise<void>;
  /** Runs a parsed hunting-language (or compiled Sigma) query inside the scope and range. */
  query(scope: TelemetryScope, query: Query, options: QueryOptions): Promise<QueryResult>;
  /** The fields present in the scope's data with their column types. */
  fields(scope: TelemetryScope): Promise<ReadonlyMap<string, ColumnInfo>>;
  /** Number of events in the scope. */
  count(scope: TelemetryScope): Promise<number>;
  /** Earliest and latest `@timestamp` in the scope, or undefined when empty. */
  timeRange(scope: TelemetryScope): Promise<{ from: string; to: string } | undefined>;
  /** Deletes the scope's events at or after `at` (rewind/branch of an exercise). */
  deleteFrom(scope: TelemetryScope, at: string): Promise<void>;
  /** What `append` stored in the scope since the store was opened (not persisted). */
  ingestStats(scope: TelemetryScope): IngestStats;
  /** Releases files and connections. */
  close(): Promise<void>;
}
