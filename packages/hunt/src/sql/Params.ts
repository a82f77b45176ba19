import type { CompiledSql, SqlDialect } from '../CompileContext.js';

type Param = CompiledSql['params'][number];

/** Collects parameters and hands out their placeholders. */
export class Params {
  readonly values: Param[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  /** Adds a value and returns its placeholder (`$3`). */
  add(v: Param): string {
    this.values.push(v);
    return this.dialect.param(this.values.length);
  }
}

/** `2026-03-09T10:00:00.000Z` → `2026-03-09 10:00:00.000`, the form `CAST(… AS TIMESTAMP)` reads as UTC. */
export function sqlTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}
