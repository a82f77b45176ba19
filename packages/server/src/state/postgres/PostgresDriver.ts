import pg from 'pg';
import type { SqlDriver } from '../SqlDriver.js';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    // BIGINT (20) holds sim times and seeds: all well inside 2^53.
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Numbers `?` placeholders as `$1, $2, …` (the state store's SQL has no `?` in literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** node-postgres behind the driver interface; `schema` sets the search path of every connection. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly client?: pg.PoolClient,
  ) {}

  /** Connects a pool to `url`, optionally confined to `schema`. */
  static open(url: string, schema?: string): PostgresDriver {
    const options = schema ? `-c search_path=${schema}` : undefined;
    return new PostgresDriver(new pg.Pool({ connectionString: url, options, types, max: 10 }));
  }

  private get target(): Queryable {
    return this.client ?? this.pool;
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.target.query(numbered(sql), params as unknown[]);
    return result.rows as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    const result = await this.target.query(numbered(sql), params as unknown[]);
    return result.rowCount ?? 0;
  }

  async transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    if (this.client) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(new PostgresDriver(this.pool, client));
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (!this.client) await this.pool.end();
  }
}
