import { DuckDBInstance, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import type { EcsEvent } from '@kunren/domain';
import type { ColumnInfo, CompileContext, CompiledSql } from '../src/index.js';
import { duckdbDialect, flattenEvent, inferColumns } from '../src/index.js';
import { coerceValue } from '../src/interpret/coerceValue.js';

/** What the SQL tests need from a database with the table layout. */
export interface SqlEngine {
  context(
    team: string,
    range: CompileContext['range'],
    maxRows: number,
    lists?: ReadonlyMap<string, readonly string[]>,
  ): CompileContext;
  run(c: CompiledSql): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void> | void;
}

/**
 * A DuckDB database with the telemetry table layout of CompileContext.ts, built here so
 * the hunt package can test its SQL without the store package.
 */
export class DuckHarness implements SqlEngine {
  private constructor(
    readonly conn: DuckDBConnection,
    readonly columns: ReadonlyMap<string, ColumnInfo>,
  ) {}

  /** Creates the table and loads `teams[team]` events for exercise `ex1`. */
  static async create(teams: Record<string, readonly EcsEvent[]>): Promise<DuckHarness> {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const columns = inferColumns(Object.values(teams).flat());
    const d = duckdbDialect;
    const cols = [...columns].filter(([n]) => n !== '@timestamp');
    await conn.run(
      `CREATE TABLE events (exercise_id VARCHAR NOT NULL, team_id VARCHAR NOT NULL, "@timestamp" TIMESTAMP NOT NULL, "_seq" BIGINT NOT NULL, "_source" VARCHAR NOT NULL${cols
        .map(([n, c]) => `, ${d.quoteIdent(n)} ${d.typeName(c.type, c.array)}`)
        .join('')})`,
    );
    const placeholders = [
      '$1',
      '$2',
      'CAST($3 AS TIMESTAMP)',
      '$4',
      '$5',
      ...cols.map((_, i) => `$${i + 6}`),
    ];
    const insert = `INSERT INTO events VALUES (${placeholders.join(', ')})`;
    for (const [team, events] of Object.entries(teams)) {
      let seq = 0;
      for (const ev of events) {
        const flat = flattenEvent(ev);
        const values: DuckDBValue[] = [
          'ex1',
          team,
          ev['@timestamp'].replace('T', ' ').replace('Z', ''),
          seq++,
          JSON.stringify(ev),
        ];
        const types: (DuckDBType | undefined)[] = [
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
        ];
        for (const [n, c] of cols) {
          const v = coerceValue(flat[n], c.type, c.array);
          if (c.array) {
            values.push(
              v === null
                ? null
                : listValue((v as (string | null)[]).map((x) => (x === null ? null : String(x)))),
            );
            types.push(LIST(VARCHAR));
          } else {
            values.push(
              c.type === 'timestamp' && typeof v === 'number'
                ? new Date(v).toISOString().replace('T', ' ').replace('Z', '')
                : (v as DuckDBValue),
            );
            types.push(undefined);
          }
        }
        await conn.run(insert, values, types as DuckDBType[]);
      }
    }
    return new DuckHarness(conn, columns);
  }

  /** Closes the connection. */
  close(): void {
    this.conn.closeSync();
  }

  /** A compile context for team `team` over `range`. */
  context(
    team: string,
    range: CompileContext['range'],
    maxRows: number,
    lists?: ReadonlyMap<string, readonly string[]>,
  ): CompileContext {
    return {
      dialect: duckdbDialect,
      table: 'events',
      columns: this.columns,
      scope: { exerciseId: 'ex1', teamId: team },
      range,
      maxRows,
      ...(lists ? { lists } : {}),
    };
  }

  /** Runs compiled SQL and returns rows in the interpreter's shape (ISO times, numbers, parsed `_source`). */
  async run(c: CompiledSql): Promise<{ rows: Record<string, unknown>[]; truncated: boolean }> {
    const values = c.params.map((p) =>
      Array.isArray(p) ? listValue(p as string[]) : p,
    ) as DuckDBValue[];
    const types = c.params.map((p) =>
      Array.isArray(p) ? LIST(VARCHAR) : undefined,
    ) as DuckDBType[];
    const reader = await this.conn.runAndReadAll(c.sql, values, types);
    const norm = (v: unknown): unknown =>
      typeof v === 'bigint'
        ? Number(v)
        : v instanceof Date
          ? v.toISOString()
          : Array.isArray(v)
            ? v.map(norm)
            : v;
    const rows = reader.getRowObjectsJS().map((r) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) out[k] = norm(v);
      if (c.rawEvents) {
        const { _source, ...extra } = out;
        return { ...(JSON.parse(String(_source)) as object), ...extra };
      }
      return out;
    });
    return { rows, truncated: false };
  }
}
