/** The SQL dialects the state store speaks. */
export type SqlDialect = 'sqlite' | 'postgres';

/**
 * The little a state-store adapter needs from a database: statements with `?`
 * placeholders (the PostgreSQL driver numbers them), and transactions.
 */
export interface SqlDriver {
  readonly dialect: SqlDialect;
  /** Rows of a query. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
