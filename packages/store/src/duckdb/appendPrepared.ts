import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { ColumnInfo } from '@kunren/hunt';
import type { Cell } from '../schema/coerceValue.js';
import type { PreparedBatch } from '../schema/ColumnRegistry.js';
import type { TelemetryScope } from '../TelemetryStore.js';
import { quoteIdent, quoteString, sqlTypeOf } from './duckdbSql.js';

type Writer = (appender: DuckDBAppender, cell: Cell) => void;
const STAGE = 'kunren_stage';

/**
 * Writes a prepared batch through the DuckDB appender: into a temporary staging table with
 * only the batch's columns (the appender must fill every column of its table, and the
 * events table grows wide), then one `INSERT … SELECT` into the events table that adds the
 * scope as constants and converts the staged forms (times as epoch milliseconds, lists as
 * JSON text: appending DuckDB lists value by value is ten times slower). Runs inside the
 * caller's transaction. Returns the next free `_seq`.
 */
export async function appendPrepared(
  conn: DuckDBConnection,
  table: string,
  scope: TelemetryScope,
  firstSeq: number,
  batch: PreparedBatch,
  columns: ReadonlyMap<string, ColumnInfo>,
): Promise<number> {
  const infos = batch.columns.map((name) => columns.get(name) as ColumnInfo);
  const defs = ['"@timestamp" BIGINT', '"_seq" BIGINT', '"_source" VARCHAR'];
  const targets = ['exercise_id', 'team_id', '"@timestamp"', '"_seq"', '"_source"'];
  const selects = [
    quoteString(scope.exerciseId),
    quoteString(scope.teamId),
    'epoch_ms("@timestamp")',
    '"_seq"',
    '"_source"',
  ];
  batch.columns.forEach((name, i) => {
    const info = infos[i] as ColumnInfo;
    const q = quoteIdent(name);
    defs.push(`${q} ${stagedType(info)}`);
    targets.push(q);
    selects.push(stagedSelect(q, info));
  });
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${STAGE} (${defs.join(', ')})`);
  const writers = infos.map(writerFor);
  const appender = await conn.createAppender(STAGE);
  let seq = firstSeq;
  try {
    for (const row of batch.rows) {
      appender.appendBigInt(BigInt(row.timestamp));
      appender.appendBigInt(BigInt(seq++));
      appender.appendVarchar(row.source);
      for (let i = 0; i < writers.length; i++) {
        const cell = row.cells[i];
        if (cell === undefined || cell === null) appender.appendNull();
        else (writers[i] as Writer)(appender, cell);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await conn.run(
    `INSERT INTO ${quoteIdent(table)} (${targets.join(', ')}) SELECT ${selects.join(', ')} FROM ${STAGE}`,
  );
  await conn.run(`DROP TABLE ${STAGE}`);
  return seq;
}

function stagedType(info: ColumnInfo): string {
  if (info.array) return 'VARCHAR';
  return info.type === 'timestamp' ? 'BIGINT' : sqlTypeOf(info);
}

function stagedSelect(q: string, info: ColumnInfo): string {
  if (info.array) return `CAST(CAST(${q} AS JSON) AS VARCHAR[])`;
  return info.type === 'timestamp' ? `epoch_ms(${q})` : q;
}

function writerFor(info: ColumnInfo): Writer {
  if (info.array) return (a, c) => a.appendVarchar(JSON.stringify(c));
  switch (info.type) {
    case 'string':
      return (a, c) => a.appendVarchar(c as string);
    case 'long':
    case 'timestamp':
      return (a, c) => a.appendBigInt(BigInt(c as number));
    case 'double':
      return (a, c) => a.appendDouble(c as number);
    case 'boolean':
      return (a, c) => a.appendBoolean(c as boolean);
    default: {
      const never: never = info.type;
      throw new Error(`unhandled column type ${String(never)}`);
    }
  }
}
