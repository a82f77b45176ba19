import Database from 'better-sqlite3';
import type { SqlDriver } from '../SqlDriver.js';

/**
 * better-sqlite3 behind the async driver interface. WAL with `synchronous=FULL`: a
 * committed write (an acknowledged command) survives SIGKILL and power loss. One
 * connection; transactions are serialised by a promise queue.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    await this.queue;
    return this.allNow<T>(sql, params);
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    await this.queue;
    return this.runNow(sql, params);
  }

  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const tx: SqlDriver = {
      dialect: 'sqlite',
      all: async <R>(sql: string, params: readonly unknown[] = []) => this.allNow<R>(sql, params),
      run: async (sql, params = []) => this.runNow(sql, params),
      transaction: (inner) => inner(tx),
      close: async () => undefined,
    };
    const result = this.queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const value = await fn(tx);
        this.db.exec('COMMIT');
        return value;
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  private allNow<T>(sql: string, params: readonly unknown[]): T[] {
    const stmt = this.db.prepare(sql);
    return (stmt.reader ? stmt.all(...params.map(bindable)) : []) as T[];
  }

  private runNow(sql: string, params: readonly unknown[]): number {
    return this.db.prepare(sql).run(...params.map(bindable)).changes;
  }
}

function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}
