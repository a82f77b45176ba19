import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EcsEvent } from '@kunren/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { DuckDbTelemetryStore, DUCKDB_FILE } from '../src/duckdb/DuckDbTelemetryStore.js';
import { isStoreError } from '../src/StoreError.js';

const scope = { exerciseId: 'ex1', teamId: 'team-a' };
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kunren-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Reads the table layout straight from the database file, as any SQL tool would. */
async function describeTable(dir: string): Promise<Record<string, string>> {
  const db = await DuckDBInstance.create(join(dir, DUCKDB_FILE));
  const conn = await db.connect();
  const r = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'`,
  );
  const out = Object.fromEntries(r.getRows() as [string, string][]);
  conn.closeSync();
  db.closeSync();
  return out;
}

async function selectAll(dir: string, sql: string): Promise<unknown[][]> {
  const db = await DuckDBInstance.create(join(dir, DUCKDB_FILE));
  const conn = await db.connect();
  const rows = (await conn.runAndReadAll(sql)).getRowsJS();
  conn.closeSync();
  db.closeSync();
  return rows;
}

const ev = (t: string, rest: Record<string, unknown>): EcsEvent =>
  ({ '@timestamp': t, ...rest }) as EcsEvent;

describe('DuckDB table layout', () => {
  it('has the scope, time, order and source columns and one typed column per leaf field', async () => {
    const dir = tempDir();
    const store = await DuckDbTelemetryStore.open({ dir });
    await store.append(scope, [
      ev('2026-03-02T09:00:00.123Z', {
        event: { code: 4688, category: ['process'], created: '2026-03-02T09:00:01Z' },
        process: { name: 'cmd.exe', pid: '4242' },
        source: { port: 443 },
        custom: { ratio: 0.5, flag: true, tags: ['a', 'b'] },
      }),
    ]);
    await store.close();
    expect(await describeTable(dir)).toEqual({
      exercise_id: 'VARCHAR',
      team_id: 'VARCHAR',
      '@timestamp': 'TIMESTAMP',
      _seq: 'BIGINT',
      _source: 'VARCHAR',
      'event.code': 'VARCHAR',
      'event.category': 'VARCHAR[]',
      'event.created': 'TIMESTAMP',
      'process.name': 'VARCHAR',
      'process.pid': 'BIGINT',
      'source.port': 'BIGINT',
      'custom.ratio': 'DOUBLE',
      'custom.flag': 'BOOLEAN',
      'custom.tags': 'VARCHAR[]',
    });
    const [row] = await selectAll(
      dir,
      `SELECT "event.code", "process.pid", "event.category", epoch_ms("@timestamp"), "_source" FROM events`,
    );
    expect(row?.slice(0, 4)).toEqual(['4688', 4242n, ['process'], 1772442000123n]);
    expect(JSON.parse(String(row?.[4]))).toMatchObject({ process: { pid: '4242' } });
  });

  it('adds columns when a later batch brings new fields, and fields() follows', async () => {
    const store = await DuckDbTelemetryStore.open({});
    await store.append(scope, [ev('2026-03-02T09:00:00Z', { host: { name: 'ws1' } })]);
    expect([...(await store.fields(scope)).keys()]).toEqual(['host.name']);
    await store.append(scope, [
      ev('2026-03-02T09:01:00Z', { dns: { question: { name: 'a.example' } } }),
    ]);
    expect(Object.fromEntries(await store.fields(scope))).toEqual({
      'dns.question.name': { type: 'string', array: false },
      'host.name': { type: 'string', array: false },
    });
    expect(await store.count(scope)).toBe(2);
    await store.close();
  });

  it('widens a whole-number non-ECS column to double when a fraction arrives', async () => {
    const store = await DuckDbTelemetryStore.open({});
    await store.append(scope, [ev('2026-03-02T09:00:00Z', { zeek: { dns: { rtt: 0 } } })]);
    await store.append(scope, [ev('2026-03-02T09:00:01Z', { zeek: { dns: { rtt: 0.25 } } })]);
    expect((await store.fields(scope)).get('zeek.dns.rtt')).toEqual({
      type: 'double',
      array: false,
    });
    expect(store.ingestStats(scope)).toEqual({ events: 2, lossyValues: 0, reservedFields: 0 });
    await store.close();
  });

  it('counts values of the wrong type and keeps them whole in _source', async () => {
    const dir = tempDir();
    const store = await DuckDbTelemetryStore.open({ dir });
    await store.append(scope, [
      ev('2026-03-02T09:00:00Z', { source: { port: 'https' }, user: { name: ['a', 'b'] } }),
    ]);
    expect(store.ingestStats(scope)).toEqual({ events: 1, lossyValues: 2, reservedFields: 0 });
    await store.close();
    const [row] = await selectAll(dir, `SELECT "source.port", "user.name", "_source" FROM events`);
    expect(row?.slice(0, 2)).toEqual([null, '["a","b"]']);
    expect(JSON.parse(String(row?.[2]))).toMatchObject({ source: { port: 'https' } });
  });

  it('never lets a document field take a layout column such as team_id', async () => {
    const dir = tempDir();
    const store = await DuckDbTelemetryStore.open({ dir });
    await store.append(scope, [
      ev('2026-03-02T09:00:00Z', {
        team_id: 'team-b',
        Exercise_Id: 'x',
        _SOURCE: 'y',
        host: { name: 'h' },
      }),
    ]);
    expect(store.ingestStats(scope).reservedFields).toBe(3);
    await store.close();
    expect(await selectAll(dir, 'SELECT exercise_id, team_id FROM events')).toEqual([
      ['ex1', 'team-a'],
    ]);
  });

  it('stores fields that differ only in case in one column, as SQL names them', async () => {
    const store = await DuckDbTelemetryStore.open({});
    await store.append(scope, [
      ev('2026-03-02T09:00:00Z', { winlog: { event_data: { Param1: 'a' } } }),
      ev('2026-03-02T09:00:01Z', { winlog: { event_data: { param1: 'b' } } }),
    ]);
    expect([...(await store.fields(scope)).keys()]).toEqual(['winlog.event_data.Param1']);
    await store.close();
  });

  it('rejects a batch with a bad @timestamp whole, naming the event, and keeps what was stored', async () => {
    const store = await DuckDbTelemetryStore.open({});
    await store.append(scope, [ev('2026-03-02T09:00:00Z', { host: { name: 'h' } })]);
    const bad = [
      ev('2026-03-02T09:00:01Z', { brand: { new: 'field' } }),
      ev('yesterday', { host: { name: 'h' } }),
    ];
    const error = await store.append(scope, bad).catch((e: unknown) => e);
    expect(isStoreError(error, 'store.bad_event')).toBe(true);
    expect(String((error as Error).message)).toContain('event 1 of the batch');
    expect(await store.count(scope)).toBe(1);
    expect([...(await store.fields(scope)).keys()]).toEqual(['host.name']);
    await store.append(scope, [ev('2026-03-02T09:00:02Z', { brand: { new: 'ok' } })]);
    expect(await store.count(scope)).toBe(2);
    await store.close();
  });

  it('orders events by _seq in ingest order within a scope, across batches and reopen', async () => {
    const dir = tempDir();
    let store = await DuckDbTelemetryStore.open({ dir });
    await store.append(scope, [ev('2026-03-02T09:00:05Z', {}), ev('2026-03-02T09:00:01Z', {})]);
    await store.close();
    store = await DuckDbTelemetryStore.open({ dir });
    await store.append(scope, [ev('2026-03-02T09:00:03Z', {})]);
    await store.close();
    const rows = await selectAll(
      dir,
      `SELECT "_seq", epoch_ms("@timestamp") FROM events ORDER BY "_seq"`,
    );
    expect(rows.map((r) => Number(r[0]))).toEqual([0, 1, 2]);
    expect(rows.map((r) => new Date(Number(r[1])).toISOString())).toEqual([
      '2026-03-02T09:00:05.000Z',
      '2026-03-02T09:00:01.000Z',
      '2026-03-02T09:00:03.000Z',
    ]);
  });
});
