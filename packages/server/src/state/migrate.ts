import { migrations } from './migrations.js';
import type { SqlDriver } from './SqlDriver.js';

/** Applies the migrations not yet recorded, each in its own transaction. */
export async function migrate(db: SqlDriver): Promise<number> {
  await db.run(
    `CREATE TABLE IF NOT EXISTS kunren_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const done = new Set(
    (await db.all<{ version: number }>(`SELECT version FROM kunren_migrations`)).map((r) =>
      Number(r.version),
    ),
  );
  let applied = 0;
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of m.sql(tx.dialect)) await tx.run(statement);
      await tx.run(`INSERT INTO kunren_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
    applied++;
  }
  return applied;
}
