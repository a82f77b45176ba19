import { parse } from '@kunren/hunt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { isStoreError } from '../src/StoreError.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

const scope = { exerciseId: 'ex', teamId: 't' };
const DAY = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' };

describe('DuckDB store limits', () => {
  let store: DuckDbTelemetryStore;
  beforeAll(async () => {
    store = await DuckDbTelemetryStore.open({ memoryLimit: '256MB', threads: 1 });
    const events = syntheticEvents({
      seed: 9,
      count: 60_000,
      start: Date.UTC(2026, 2, 2),
      stepMs: 1000,
      prefix: 'x',
    });
    await store.append(scope, events);
  });
  afterAll(async () => {
    await store.close();
  });

  it('stops a query that runs past timeoutMs with query.timeout, and the store stays usable', async () => {
    const slow = parse(
      '* | eval k = concat(lower(process.command_line), upper(host.name), replace(user.name, "x", "y")) | sort -k | dedup k | stats dc(k) by host.name',
    );
    const error = await store.query(scope, slow, { ...DAY, timeoutMs: 1 }).catch((e: unknown) => e);
    expect(isStoreError(error, 'query.timeout')).toBe(true);
    const after = await store.query(scope, parse('* | stats count()'), DAY);
    expect(after.rows).toEqual([{ count: 60_000 }]);
  });

  it('answers queries while an append is under way, each seeing whole batches', async () => {
    const more = syntheticEvents({
      seed: 10,
      count: 20_000,
      start: Date.UTC(2026, 2, 3),
      stepMs: 1000,
      prefix: 'x',
    });
    const appending = store.append(scope, more);
    const during = await store.query(scope, parse('* | stats count()'), DAY);
    await appending;
    expect([60_000, 80_000]).toContain(during.rows[0]?.['count']);
    expect(await store.count(scope)).toBe(80_000);
  });

  it('refuses use after close with store.closed', async () => {
    const s = await DuckDbTelemetryStore.open({});
    await s.close();
    const e = await s.count(scope).catch((x: unknown) => x);
    expect(isStoreError(e, 'store.closed')).toBe(true);
  });
});
