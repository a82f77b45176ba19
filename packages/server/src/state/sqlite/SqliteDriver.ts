import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SqlDriver } from '../SqlDriver.js';
import { WalSync } from './WalSync.js';

/**
 * What an acknowledged write survives: `power-loss` (the default) syncs the WAL to disk
 * before acknowledging; `process-crash` leaves it in the OS (SIGKILL-safe, and the database
 * stays consistent after a power cut, but the last acknowledged writes may be lost then).
 */
export type SqliteDurability = 'power-loss' | 'process-crash';

/**
 * better-sqlite3 behind the async driver interface. One connection; transactions are
 * serialised by a promise queue; prepared statements are cached by their SQL text.
 *
 * Durability: WAL with `synchronous=NORMAL`, and every write is acknowledged only after the
 * WAL file has been `fdatasync`ed on a thread of its own (`WalSync`). That is what
 * `synchronous=FULL` does at each commit — a committed write (an acknowledged command)
 * survives SIGKILL and power loss — without holding the event loop for the sync (3 ms
 * typical, 20+ ms at p99 on this machine's disk, for every commit). Where WAL is not
 * available (in memory, or a file system without it) the driver keeps `synchronous=FULL`.
 * With `process-crash` durability it is WAL and `synchronous=NORMAL` alone, no sync.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Database.Statement>();
  /** Syncs the WAL file, from the first write on. */
  private wal: WalSync | undefined;
  private syncAfterCommit: boolean;

  constructor(
    private readonly file: string,
    durability: SqliteDurability = 'power-loss',
  ) {
    this.db = new Database(file);
    const mode = String(this.db.pragma('journal_mode = WAL', { simple: true })).toLowerCase();
    const wal = mode === 'wal' && !this.db.memory;
    this.syncAfterCommit = wal && durability === 'power-loss';
    this.db.pragma(`synchronous = ${wal ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    await this.queue;
    return this.allNow<T>(sql, params);
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    await this.queue;
    const changes = this.runNow(sql, params);
    await this.durable();
    return changes;
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
    // The next transaction need not wait for this one's sync (a later sync covers both).
    this.queue = result.catch(() => undefined);
    return result.then(async (value) => {
      await this.durable();
      return value;
    });
  }

  async close(): Promise<void> {
    await this.queue;
    await this.wal?.close();
    this.wal = undefined;
    this.db.close();
  }

  /** Resolves once what is committed is on disk (the WAL synced); see the class comment. */
  private async durable(): Promise<void> {
    if (!this.syncAfterCommit) return;
    const walFile = `${this.file}-wal`;
    if (!this.wal && existsSync(walFile)) this.wal = new WalSync(walFile);
    if (this.wal) return this.wal.sync();
    // No WAL file to sync (should not happen once WAL is on): sync every commit in SQLite
    // from now on, and this one by a checkpoint that syncs the WAL first.
    this.syncAfterCommit = false;
    this.db.pragma('synchronous = FULL');
    this.db.pragma('wal_checkpoint(FULL)');
  }

  private prepared(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.statements.size >= 500) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private allNow<T>(sql: string, params: readonly unknown[]): T[] {
    const stmt = this.prepared(sql);
    return (stmt.reader ? stmt.all(...params.map(bindable)) : []) as T[];
  }

  private runNow(sql: string, params: readonly unknown[]): number {
    return this.prepared(sql).run(...params.map(bindable)).changes;
  }
}

function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}
