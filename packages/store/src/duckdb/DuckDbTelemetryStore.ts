import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { EcsEvent } from '@kunren/domain';
import type { ColumnInfo, Query } from '@kunren/hunt';
import { IngestCounter } from '../ingestCounter.js';
import { queryBounds } from '../queryBounds.js';
import { ColumnRegistry } from '../schema/ColumnRegistry.js';
import { parseTimestamp } from '../schema/parseTimestamp.js';
import { scopeKey } from '../scopeKey.js';
import { StoreError } from '../StoreError.js';
import type {
  IngestStats,
  QueryOptions,
  QueryResult,
  TelemetryScope,
  TelemetryStore,
} from '../TelemetryStore.js';
import { ConnectionPool } from './ConnectionPool.js';
import { EventsAppender, type TableLayout } from './EventsAppender.js';
import { GroupCommit } from './GroupCommit.js';
import { CHUNK_ROWS } from './writeColumn.js';
import { columnInfoOf, quoteIdent, quoteString, sqlTypeOf, timestampLiteral } from './duckdbSql.js';
import { runDuckDbQuery } from './runDuckDbQuery.js';

/** How to open a DuckDB telemetry store. */
export interface DuckDbStoreOptions {
  /** Store directory, created if missing; the database is `<dir>/telemetry.duckdb`. Omit for in-memory. */
  readonly dir?: string;
  /** DuckDB `memory_limit` (default `1GB`). */
  readonly memoryLimit?: string;
  /** DuckDB worker threads (default 2). */
  readonly threads?: number;
  /**
   * DuckDB `checkpoint_threshold` (default `256MB`): how much appended data is held (in the
   * write-ahead log, or uncompressed in memory) before a checkpoint compresses it into the
   * table. DuckDB's 16MB default checkpoints after nearly every ingest batch, and each
   * checkpoint compresses the table's unfinished row group again: most of ingest's cost.
   */
  readonly checkpointThreshold?: string;
}

/** An append waiting to be stored with its group. */
interface QueuedAppend {
  readonly scope: TelemetryScope;
  readonly key: string;
  readonly events: readonly EcsEvent[];
}

/** File name of the database inside a store directory. */
export const DUCKDB_FILE = 'telemetry.duckdb';
const TABLE = 'events';
const FIELDS = 'event_fields';
/** The compressed in-memory database an in-memory store attaches and uses. */
const MEMORY_CATALOG = 'telemetry';
/**
 * Rows appended between checkpoints (one DuckDB row group). A checkpoint compresses the
 * rows appended since the last one (dictionary, FSST, bit-packing, constant) and writes their
 * zone maps; until then they sit uncompressed, and scanning them costs several times more.
 */
export const CHECKPOINT_ROWS = 122_880;

/**
 * The default telemetry store: one DuckDB table in the layout of hunt's `CompileContext`,
 * one column per flattened field (added as fields appear), bulk-loaded through the appender
 * one data chunk at a time (2,048 events flattened, typed and appended column by column, so
 * memory stays flat and the events' JSON text is garbage while still young).
 * Every `CHECKPOINT_ROWS` appended rows a checkpoint compresses them (an in-memory store
 * attaches a compressed in-memory database for this). Queries are compiled to SQL by
 * @kunren/hunt and run on a small pool of reused connections, with the scope and range also
 * enforced by a fencing subquery, a row bound, a timeout that interrupts the connection, and
 * the instance's memory and thread limits.
 */
export class DuckDbTelemetryStore implements TelemetryStore {
  /** The writer's queue: appends group-committed, other writes one at a time. */
  private readonly writes = new GroupCommit<QueuedAppend>((group) => this.appendGroup(group));
  /** `fields(scope)` per scope key, dropped whenever fields or column types change. */
  private readonly fieldsOf = new Map<string, ReadonlyMap<string, ColumnInfo>>();
  private closed = false;
  private readonly counter = new IngestCounter();
  private readonly nextSeq = new Map<string, number>();
  /** The events table's column order and types (read again after the table changes). */
  private layout: TableLayout | undefined;
  /** Rows appended since the last checkpoint. */
  private unchecked = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly readers: ConnectionPool,
    private readonly writer: DuckDBConnection,
    private registry: ColumnRegistry,
    private readonly scopeFields: Map<string, Set<string>>,
  ) {}

  /** Opens (or creates) a store; reopening a directory gives back its data and schema. */
  static async open(options: DuckDbStoreOptions = {}): Promise<DuckDbTelemetryStore> {
    let path = ':memory:';
    if (options.dir !== undefined) {
      mkdirSync(options.dir, { recursive: true });
      path = join(options.dir, DUCKDB_FILE);
    }
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, {
        memory_limit: options.memoryLimit ?? '1GB',
        threads: String(options.threads ?? 2),
        checkpoint_threshold: options.checkpointThreshold ?? '256MB',
      });
    } catch (e) {
      throw new StoreError(
        'store.open_failed',
        `cannot open telemetry store ${path}: ${(e as Error).message}`,
        'check the directory is writable and not open in another kunren process',
      );
    }
    // An in-memory store attaches a compressed in-memory database: DuckDB's default one
    // keeps every column uncompressed, and scans it several times slower.
    const setup = options.dir === undefined ? [`USE ${MEMORY_CATALOG}`] : [];
    const writer = await instance.connect();
    if (options.dir === undefined) {
      await writer.run(`ATTACH ':memory:' AS ${MEMORY_CATALOG} (COMPRESS)`);
    }
    for (const sql of setup) await writer.run(sql);
    await writer.run(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (exercise_id VARCHAR NOT NULL, team_id VARCHAR NOT NULL, ` +
        `"@timestamp" TIMESTAMP NOT NULL, "_seq" BIGINT NOT NULL, ` +
        // Uncompressed: an event search reads the documents it returns, and a compressed
        // (FSST) string column is decoded a whole vector at a time, however few rows of it
        // match (1M events: 2,400 matches cost 600-800 ms compressed, 115-130 ms plain).
        `"_source" VARCHAR NOT NULL USING COMPRESSION uncompressed)`,
    );
    await writer.run(
      `CREATE TABLE IF NOT EXISTS ${FIELDS} (exercise_id VARCHAR NOT NULL, team_id VARCHAR NOT NULL, name VARCHAR NOT NULL)`,
    );
    const cols = await writer.runAndReadAll(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${TABLE}' ORDER BY ordinal_position`,
    );
    const registry = new ColumnRegistry(
      (cols.getRows() as [string, string][]).flatMap(([name, type]) => {
        const info = columnInfoOf(type);
        return info && !['exercise_id', 'team_id', '@timestamp', '_seq', '_source'].includes(name)
          ? [[name, info] as const]
          : [];
      }),
    );
    const scopeFields = new Map<string, Set<string>>();
    const fields = await writer.runAndReadAll(`SELECT exercise_id, team_id, name FROM ${FIELDS}`);
    for (const [exerciseId, teamId, name] of fields.getRows() as [string, string, string][]) {
      const key = scopeKey({ exerciseId, teamId });
      let set = scopeFields.get(key);
      if (!set) scopeFields.set(key, (set = new Set()));
      set.add(name);
    }
    return new DuckDbTelemetryStore(
      instance,
      new ConnectionPool(instance, setup),
      writer,
      registry,
      scopeFields,
    );
  }

  /**
   * Appends are group-committed: the appends made within one turn of the event loop (one
   * per team on a tick) are stored in one transaction through one appender. Closing an
   * appender costs ~15–25 ms of the calling thread whatever the batch size (DuckDB sets up
   * every one of the table's columns), so one append per group instead of one per scope is
   * what keeps ingest off the event loop. A group that fails is retried one append at a time,
   * so one bad batch fails only its own caller.
   */
  append(scope: TelemetryScope, events: readonly EcsEvent[]): Promise<void> {
    const key = scopeKey(scope);
    if (events.length === 0) return Promise.resolve();
    this.assertOpen();
    return this.writes.add({ scope, key, events });
  }

  private async appendGroup(group: readonly QueuedAppend[]): Promise<void> {
    const before = this.registry;
    const seqs = new Map<string, number>();
    const fresh = new Map<string, Set<string>>();
    const stored = new Map<string, { size: number; lossy: number; reserved: number }>();
    for (const a of group) if (!seqs.has(a.key)) seqs.set(a.key, await this.seqOf(a.key, a.scope));
    let appender: EventsAppender | undefined;
    await this.writer.run('BEGIN TRANSACTION');
    try {
      this.registry = new ColumnRegistry(before.columns());
      for (const { scope, key, events } of group) {
        const known = this.scopeFields.get(key) ?? new Set<string>();
        const freshHere = fresh.get(key) ?? new Set<string>();
        fresh.set(key, freshHere);
        let seq = seqs.get(key)!;
        let total = stored.get(key) ?? { size: 0, lossy: 0, reserved: 0 };
        for (let start = 0; start < events.length; start += CHUNK_ROWS) {
          const batch = this.registry.prepare(events.slice(start, start + CHUNK_ROWS), start);
          if (batch.added.length > 0 || batch.widened.length > 0) {
            this.fieldsOf.clear();
            appender?.close();
            appender = undefined;
            this.layout = undefined;
          }
          for (const [name, info] of batch.added) {
            await this.writer.run(
              `ALTER TABLE ${TABLE} ADD COLUMN ${quoteIdent(name)} ${sqlTypeOf(info)}`,
            );
          }
          for (const name of batch.widened) {
            await this.writer.run(
              `ALTER TABLE ${TABLE} ALTER COLUMN ${quoteIdent(name)} SET DATA TYPE DOUBLE`,
            );
          }
          this.registry.commit(batch);
          this.layout ??= await readLayout(this.writer);
          appender ??= await EventsAppender.open(this.writer, TABLE, this.layout);
          seq = appender.append(scope, batch, seq);
          for (const name of batch.columns) if (!known.has(name)) freshHere.add(name);
          total = {
            size: total.size + batch.size,
            lossy: total.lossy + batch.lossy,
            reserved: total.reserved + batch.reserved,
          };
        }
        seqs.set(key, seq);
        stored.set(key, total);
      }
      appender?.close();
      appender = undefined;
      const values = group
        .filter((a, i) => group.findIndex((b) => b.key === a.key) === i)
        .flatMap((a) =>
          [...(fresh.get(a.key) ?? [])].map(
            (n) =>
              `(${quoteString(a.scope.exerciseId)}, ${quoteString(a.scope.teamId)}, ${quoteString(n)})`,
          ),
        );
      if (values.length > 0)
        await this.writer.run(`INSERT INTO ${FIELDS} VALUES ${values.join(', ')}`);
      await this.writer.run('COMMIT');
    } catch (e) {
      try {
        appender?.close();
      } catch {
        // the transaction is rolled back below
      }
      await this.writer.run('ROLLBACK').catch(() => undefined);
      this.registry = before;
      this.layout = undefined;
      this.fieldsOf.clear();
      for (const key of seqs.keys()) this.nextSeq.delete(key);
      throw e;
    }
    for (const [key, seq] of seqs) {
      if ((fresh.get(key)?.size ?? 0) > 0) this.fieldsOf.delete(key);
      this.nextSeq.set(key, seq);
      const known = this.scopeFields.get(key) ?? new Set<string>();
      for (const name of fresh.get(key) ?? []) known.add(name);
      this.scopeFields.set(key, known);
      this.counter.add(key, stored.get(key)!);
    }
    for (const a of group) this.unchecked += a.events.length;
    if (this.unchecked >= CHECKPOINT_ROWS) await this.compress();
  }

  async query(scope: TelemetryScope, query: Query, options: QueryOptions): Promise<QueryResult> {
    scopeKey(scope);
    const bounds = queryBounds(options);
    this.assertOpen();
    const columns = await this.fields(scope);
    return this.readers.use((conn) =>
      runDuckDbQuery(conn, {
        table: TABLE,
        scope,
        query,
        bounds,
        columns,
        lists: options.lists,
      }),
    );
  }

  async fields(scope: TelemetryScope): Promise<ReadonlyMap<string, ColumnInfo>> {
    const key = scopeKey(scope);
    const cached = this.fieldsOf.get(key);
    if (cached) return cached;
    const names = this.scopeFields.get(key) ?? new Set<string>();
    const columns = this.registry.columns();
    const out = new Map<string, ColumnInfo>();
    for (const name of [...names].sort()) {
      const info = columns.get(name);
      if (info) out.set(name, info);
    }
    // The same map until the scope's fields or a column type change: the query compiler
    // keeps its field catalogue per map, so a hunt does not rebuild it.
    this.fieldsOf.set(key, out);
    return out;
  }

  async count(scope: TelemetryScope): Promise<number> {
    const r = await this.read(`SELECT count(*) FROM ${TABLE} WHERE ${scopeWhere(scope)}`);
    return Number(r[0]?.[0] ?? 0);
  }

  async timeRange(scope: TelemetryScope): Promise<{ from: string; to: string } | undefined> {
    const r = await this.read(
      `SELECT epoch_ms(min("@timestamp")), epoch_ms(max("@timestamp")) FROM ${TABLE} WHERE ${scopeWhere(scope)}`,
    );
    const [min, max] = r[0] ?? [];
    if (min === null || min === undefined || max === null || max === undefined) return undefined;
    return { from: new Date(Number(min)).toISOString(), to: new Date(Number(max)).toISOString() };
  }

  async deleteFrom(scope: TelemetryScope, at: string): Promise<void> {
    const key = scopeKey(scope);
    const ms = parseTimestamp(at);
    if (ms === undefined) {
      throw new StoreError(
        'store.bad_range',
        `deleteFrom time ${JSON.stringify(at)} is not an ISO 8601 time`,
        'pass a time such as "2026-03-01T10:00:00.000Z"',
      );
    }
    await this.exclusive(async () => {
      await this.writer.run(
        `DELETE FROM ${TABLE} WHERE ${scopeWhere(scope)} AND "@timestamp" >= ${timestampLiteral(ms)}`,
      );
      await this.recomputeFields(scope, key);
    });
  }

  ingestStats(scope: TelemetryScope): IngestStats {
    return this.counter.get(scopeKey(scope));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.exclusive(async () => {
      this.closed = true;
      this.readers.close();
      this.writer.closeSync();
      this.instance.closeSync();
    });
  }

  /** Keeps `fields(scope)` true to the data after a delete. */
  private async recomputeFields(scope: TelemetryScope, key: string): Promise<void> {
    const names = [...(this.scopeFields.get(key) ?? [])];
    if (names.length === 0) return;
    const counts = names.map((n, i) => `count(${quoteIdent(n)}) AS c${i}`).join(', ');
    const r = await this.writer.runAndReadAll(
      `SELECT ${counts} FROM ${TABLE} WHERE ${scopeWhere(scope)}`,
    );
    const row = r.getRows()[0] ?? [];
    const kept = new Set(names.filter((_, i) => Number(row[i] ?? 0) > 0));
    await this.writer.run('BEGIN TRANSACTION');
    try {
      await this.writer.run(`DELETE FROM ${FIELDS} WHERE ${scopeWhere(scope)}`);
      if (kept.size > 0) {
        const values = [...kept].map(
          (n) =>
            `(${quoteString(scope.exerciseId)}, ${quoteString(scope.teamId)}, ${quoteString(n)})`,
        );
        await this.writer.run(`INSERT INTO ${FIELDS} VALUES ${values.join(', ')}`);
      }
      await this.writer.run('COMMIT');
    } catch (e) {
      await this.writer.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
    this.scopeFields.set(key, kept);
    this.fieldsOf.delete(key);
  }

  private async seqOf(key: string, scope: TelemetryScope): Promise<number> {
    const cached = this.nextSeq.get(key);
    if (cached !== undefined) return cached;
    const r = await this.writer.runAndReadAll(
      `SELECT coalesce(max("_seq"), -1) + 1 FROM ${TABLE} WHERE ${scopeWhere(scope)}`,
    );
    return Number(r.getRows()[0]?.[0] ?? 0);
  }

  /**
   * Runs hand-written SQL with bound parameters on the store's database and returns the rows.
   * For benchmarks (the hand-written floor beside compiled queries) and diagnostics only:
   * it bypasses scoping, so nothing a user sends may ever reach it.
   */
  async runSql(
    sql: string,
    params: readonly (string | number | boolean)[] = [],
  ): Promise<unknown[][]> {
    this.assertOpen();
    return this.readers.use(async (conn) => (await conn.runAndReadAll(sql, [...params])).getRows());
  }

  /**
   * Compresses what was appended since the last checkpoint (done by `append` every
   * `CHECKPOINT_ROWS` rows; call it after loading data by other means, such as `runSql`).
   * A checkpoint that cannot run now (another transaction holds it off) is left for later.
   */
  checkpoint(): Promise<void> {
    return this.exclusive(() => this.compress());
  }

  private async compress(): Promise<void> {
    try {
      await this.writer.run('CHECKPOINT');
      this.unchecked = 0;
    } catch {
      // DuckDB refuses a checkpoint while other transactions run; the next append retries.
    }
  }

  private async read(sql: string): Promise<unknown[][]> {
    this.assertOpen();
    return this.readers.use(async (conn) => (await conn.runAndReadAll(sql)).getRows());
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.writes.exclusive(fn);
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new StoreError('store.closed', 'the telemetry store is closed', 'open it again');
    }
  }
}

/** The events table's field columns in table order, as the catalogue has them. */
async function readLayout(conn: DuckDBConnection): Promise<TableLayout> {
  const cols = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${TABLE}' ORDER BY ordinal_position`,
  );
  const rows = cols.getRows() as [string, string][];
  return { fields: rows.slice(5).map(([name, type]) => [name, columnInfoOf(type)] as const) };
}

function scopeWhere(scope: TelemetryScope): string {
  scopeKey(scope);
  return `exercise_id = ${quoteString(scope.exerciseId)} AND team_id = ${quoteString(scope.teamId)}`;
}
