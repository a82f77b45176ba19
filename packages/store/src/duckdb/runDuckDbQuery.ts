import { listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { compileQuery, duckdbDialect, type ColumnInfo, type Query } from '@kunren/hunt';
import type { QueryBounds } from '../queryBounds.js';
import { StoreError } from '../StoreError.js';
import type { QueryResult, TelemetryScope } from '../TelemetryStore.js';
import { quoteIdent, quoteString, timestampLiteral } from './duckdbSql.js';
import { fromDuckDb } from './fromDuckDb.js';

/** What one DuckDB query needs besides its connection. */
export interface DuckDbQueryInput {
  readonly table: string;
  readonly scope: TelemetryScope;
  readonly query: Query;
  readonly bounds: QueryBounds;
  /** The scope's fields and column types. */
  readonly columns: ReadonlyMap<string, ColumnInfo>;
  readonly lists: ReadonlyMap<string, readonly string[]> | undefined;
}

const VIEW = 'kunren_scoped_events';

/**
 * Runs a hunting query on its own connection: a subquery confines the table to the scope
 * and range (so a compiler bug cannot widen what a team sees), hunt compiles the query
 * against it with bound parameters, a timer interrupts the connection after
 * `timeoutMs` (`query.timeout`), and `maxRows` cuts the result (`truncated`).
 */
export async function runDuckDbQuery(
  conn: DuckDBConnection,
  input: DuckDbQueryInput,
): Promise<QueryResult> {
  const { scope, bounds } = input;
  // The fence: a subquery that confines the table to the scope and range, inside the
  // compiled SQL (which scopes its own reads too). A temporary view did the same at the cost
  // of a DDL statement per query. It selects only the columns the compiler says the query
  // reads: binding a table of hundreds of columns costs a few milliseconds of planning.
  const fence = (columns: readonly string[]) =>
    `(SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(input.table)} ` +
    `WHERE exercise_id = ${quoteString(scope.exerciseId)} AND team_id = ${quoteString(scope.teamId)} ` +
    `AND "@timestamp" >= ${timestampLiteral(bounds.from)} AND "@timestamp" < ${timestampLiteral(bounds.to)}) AS ${VIEW}`;
  const compiled = compileQuery(input.query, {
    dialect: duckdbDialect,
    table: input.table,
    relation: fence,
    columns: input.columns,
    scope: { exerciseId: scope.exerciseId, teamId: scope.teamId },
    range: { from: bounds.fromIso, to: bounds.toIso },
    maxRows: bounds.maxRows,
    ...(input.lists ? { lists: input.lists } : {}),
  });
  const values: DuckDBValue[] = compiled.params.map((p) =>
    Array.isArray(p) ? listValue([...(p as readonly string[])]) : (p as DuckDBValue),
  );
  // DuckDB clears an interrupt when a statement starts executing, so one that lands while
  // the statement is still being prepared is lost: keep interrupting until it gives up.
  let timedOut = false;
  let repeat: ReturnType<typeof setInterval> | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    conn.interrupt();
    repeat = setInterval(() => conn.interrupt(), 5);
  }, bounds.timeoutMs);
  let reader;
  try {
    reader = await conn.runAndReadAll(compiled.sql, values);
  } catch (e) {
    if (timedOut) {
      throw new StoreError(
        'query.timeout',
        `the query ran longer than ${bounds.timeoutMs} ms and was stopped`,
        'narrow the time range or add filters before the first pipe',
      );
    }
    throw new StoreError('query.failed', `the query failed in the store: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
    if (repeat) clearInterval(repeat);
  }
  // Column by column from DuckDB's own values: the library's row objects (with a JS Date per
  // timestamp, then ISO text) cost more than the query itself on a few thousand rows.
  const names = reader.columnNames();
  const data = reader.getColumns();
  const column = (name: string) => data[names.indexOf(name)] ?? [];
  const count = reader.currentRowCount;
  const truncated = count > bounds.maxRows;
  const n = Math.min(count, bounds.maxRows);
  const sources = compiled.rawEvents ? column('_source') : undefined;
  const computed = compiled.columns
    .filter((c) => c.name !== '_source')
    .map((c) => [c.name, column(c.name)] as const);
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = sources
      ? (JSON.parse(String(sources[i])) as Record<string, unknown>)
      : {};
    for (const [name, values] of computed) row[name] = fromDuckDb(values[i] ?? null);
    rows[i] = row;
  }
  return { columns: compiled.columns, rows, truncated, rawEvents: compiled.rawEvents };
}
