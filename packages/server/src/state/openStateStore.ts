import { join } from 'node:path';
import { PostgresDriver } from './postgres/PostgresDriver.js';
import { SqliteDriver, type SqliteDurability } from './sqlite/SqliteDriver.js';
import { SqlStateStore } from './SqlStateStore.js';
import type { StateStore } from './StateStore.js';

/** Where state lives: a SQLite file (embedded default) or a PostgreSQL database. */
export type StateLocation =
  | { readonly kind: 'sqlite'; readonly file: string; readonly durability?: SqliteDurability }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** Opens (and migrates) the state store at `location`. */
export function openStateStore(location: StateLocation): Promise<StateStore> {
  switch (location.kind) {
    case 'sqlite':
      return SqlStateStore.open(new SqliteDriver(location.file, location.durability));
    case 'postgres':
      return SqlStateStore.open(PostgresDriver.open(location.url, location.schema));
    default: {
      const never: never = location;
      throw new Error(`unknown state location ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The default location: `DATABASE_URL` when set, else `<dataDir>/state.sqlite`, durable
 * against power loss unless `KUNREN_SQLITE_DURABILITY=process-crash`.
 */
export function stateLocation(dataDir: string, env: NodeJS.ProcessEnv): StateLocation {
  const url = env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  const file = join(dataDir, 'state.sqlite');
  return env.KUNREN_SQLITE_DURABILITY === 'process-crash'
    ? { kind: 'sqlite', file, durability: 'process-crash' }
    : { kind: 'sqlite', file };
}
