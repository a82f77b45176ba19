import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EcsEvent } from '@kunren/domain';
import type { ColumnInfo, CompileContext, CompiledSql } from '../src/index.js';
import { flattenEvent, inferColumns, postgresDialect } from '../src/index.js';
import { coerceValue } from '../src/interpret/coerceValue.js';
import type { SqlEngine } from './duckdbHarness.js';

/** Where the PostgreSQL test server is (the same default as the server package's tests). */
export const PG_URL =
  process.env.KUNREN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when a PostgreSQL server answers at {@link PG_URL}. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The telemetry table layout of CompileContext.ts in a throw-away PostgreSQL schema,
 * text columns `COLLATE "C"` (code-point order, as DuckDB and the interpreter).
 */
export class PostgresHarness implements SqlEngine {
  private constructor(
    readonly client: pg.Client,
    readonly schema: string,
    readonly columns: ReadonlyMap<string, ColumnInfo>,
  ) {}

  static async create(teams: Record<string, readonly EcsEvent[]>): Promise<PostgresHarness> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const schema = `kunren_hunt_${randomUUID().replace(/-/g, '')}`;
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`SET search_path TO ${schema}`);
    const columns = inferColumns(Object.values(teams).flat());
    const d = postgresDialect;
    const cols = [...columns].filter(([n]) => n !== '@timestamp');
    const typeOf = (c: ColumnInfo): string =>
      `${d.typeName(c.type, c.array)}${c.type === 'string' ? ' COLLATE "C"' : ''}`;
    await client.query(
      `CREATE TABLE events (exercise_id TEXT NOT NULL, team_id TEXT NOT NULL, "@timestamp" TIMESTAMP NOT NULL, "_seq" BIGINT NOT NULL, "_source" TEXT NOT NULL${cols
        .map(([n, c]) => `, ${d.quoteIdent(n)} ${typeOf(c)}`)
        .join('')})`,
    );
    const placeholders = ['$1', '$2', '$3', '$4', '$5', ...cols.map((_, i) => `$${i + 6}`)];
    const insert = `INSERT INTO events VALUES (${placeholders.join(', ')})`;
    for (const [team, events] of Object.entries(teams)) {
      let seq = 0;
      for (const ev of events) {
        const flat = flattenEvent(ev);
        const values: unknown[] = [
          'ex1',
          team,
          ev['@timestamp'].replace('T', ' ').replace('Z', ''),
          seq++,
          JSON.stringify(ev),
        ];
        for (const [n, c] of cols) {
          const v = coerceValue(flat[n], c.type, c.array);
          values.push(
            c.type === 'timestamp' && typeof v === 'number'
              ? new Date(v).toISOString().replace('T', ' ').replace('Z', '')
              : v,
          );
        }
        await client.query(insert, values);
      }
    }
    return new PostgresHarness(client, schema, columns);
  }

  context(
    team: string,
    range: CompileContext['range'],
    maxRows: number,
    lists?: ReadonlyMap<string, readonly string[]>,
  ): CompileContext {
    return {
      dialect: postgresDialect,
      table: 'events',
      columns: this.columns,
      scope: { exerciseId: 'ex1', teamId: team },
      range,
      maxRows,
      ...(lists ? { lists } : {}),
    };
  }

  /** Runs compiled SQL; rows in the interpreter's shape (numbers, ISO times, parsed `_source`). */
  async run(c: CompiledSql): Promise<{ rows: Record<string, unknown>[] }> {
    const res = await this.client.query({ text: c.sql, values: c.params as unknown[] });
    const types = new Map(c.columns.map((col) => [col.name, col.type]));
    const norm = (v: unknown, type: string | undefined): unknown => {
      if (Array.isArray(v)) return v.map((x) => norm(x, type));
      if (v instanceof Date) return v.toISOString();
      if (typeof v === 'string' && type === 'long') return Number(v);
      return v;
    };
    const rows = res.rows.map((r: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) out[k] = norm(v, types.get(k));
      if (c.rawEvents) {
        const { _source, ...extra } = out;
        return { ...(JSON.parse(String(_source)) as object), ...extra };
      }
      return out;
    });
    return { rows };
  }

  async close(): Promise<void> {
    await this.client.query(`DROP SCHEMA ${this.schema} CASCADE`);
    await this.client.end();
  }
}
