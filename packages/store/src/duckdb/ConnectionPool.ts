import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * A few reusable connections to one DuckDB instance for reads. Opening a connection per
 * query costs little on its own, but each new connection also starts with a cold client
 * context (settings, catalog lookups, `USE` of the attached database); reusing them keeps
 * that off every query. A connection whose work failed (a timeout interrupted it, DuckDB
 * refused a statement) is closed rather than reused, so nothing of it carries over.
 */
export class ConnectionPool {
  private readonly idle: DuckDBConnection[] = [];
  private closed = false;

  /**
   * @param instance the database the connections belong to
   * @param setup statements run once on each new connection (such as `USE telemetry`)
   * @param keep how many idle connections are kept open (default 4)
   */
  constructor(
    private readonly instance: DuckDBInstance,
    private readonly setup: readonly string[] = [],
    private readonly keep = 4,
  ) {}

  /** Runs `fn` on a pooled connection and gives the connection back if `fn` succeeded. */
  async use<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await this.open());
    let ok = false;
    try {
      const result = await fn(conn);
      ok = true;
      return result;
    } finally {
      if (!ok || this.closed || this.idle.length >= this.keep) conn.closeSync();
      else this.idle.push(conn);
    }
  }

  /** Closes the idle connections; busy ones close when their work ends. */
  close(): void {
    this.closed = true;
    for (const conn of this.idle.splice(0)) conn.closeSync();
  }

  private async open(): Promise<DuckDBConnection> {
    const conn = await this.instance.connect();
    try {
      for (const sql of this.setup) await conn.run(sql);
    } catch (e) {
      conn.closeSync();
      throw e;
    }
    return conn;
  }
}
