import type { EcsEvent } from '@kunren/domain';
import { parse } from '@kunren/hunt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { isStoreError } from '../src/StoreError.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

const RANGE = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' };
const scopeOf = (i: number) => ({ exerciseId: 'ex', teamId: `team-${i}` });
const eventsOf = (i: number, count: number) =>
  syntheticEvents({
    seed: i + 1,
    count,
    start: Date.UTC(2026, 2, 2),
    stepMs: 1000,
    prefix: `p${i}`,
  });

describe('DuckDB store: appends in the same turn share one transaction (group commit)', () => {
  let store: DuckDbTelemetryStore;
  beforeAll(async () => {
    store = await DuckDbTelemetryStore.open({ threads: 1 });
  });
  afterAll(async () => {
    await store.close();
  });

  it('stores each scope its own events, in order, whether appended alone or together', async () => {
    // Six scopes at once (one group), then each again alone and two of them twice in one turn.
    const first = Array.from({ length: 6 }, (_, i) => eventsOf(i, 300 + 700 * i));
    await Promise.all(first.map((events, i) => store.append(scopeOf(i), events)));
    const second = Array.from({ length: 6 }, (_, i) => eventsOf(i + 10, 50));
    await store.append(scopeOf(0), second[0]!);
    await Promise.all([
      store.append(scopeOf(1), second[1]!),
      store.append(scopeOf(1), second[2]!),
      store.append(scopeOf(2), second[3]!),
    ]);
    const expected = [
      [...first[0]!, ...second[0]!],
      [...first[1]!, ...second[1]!, ...second[2]!],
      [...first[2]!, ...second[3]!],
      first[3]!,
      first[4]!,
      first[5]!,
    ];
    for (const [i, events] of expected.entries()) {
      expect(await store.count(scopeOf(i))).toBe(events.length);
      expect(store.ingestStats(scopeOf(i)).events).toBe(events.length);
      const rows = await store.runSql(
        `SELECT _source FROM events WHERE team_id = ? ORDER BY _seq`,
        [scopeOf(i).teamId],
      );
      expect(rows.map((r) => JSON.parse(String(r[0])) as EcsEvent)).toEqual(events);
      const seqs = await store.runSql(
        `SELECT min(_seq), max(_seq), count(DISTINCT _seq) FROM events WHERE team_id = ?`,
        [scopeOf(i).teamId],
      );
      expect(seqs[0]!.map(Number)).toEqual([0, events.length - 1, events.length]);
      // a query of one scope sees only its own events
      const r = await store.query(scopeOf(i), parse('* | stats count()'), RANGE);
      expect(r.rows).toEqual([{ count: events.length }]);
    }
  });

  it('fails only the bad append of a group: the others are stored', async () => {
    const good = [eventsOf(20, 40), eventsOf(21, 60)];
    const bad = [...eventsOf(22, 10), { '@timestamp': 'not a time' } as unknown as EcsEvent];
    const results = await Promise.allSettled([
      store.append(scopeOf(20), good[0]!),
      store.append(scopeOf(22), bad),
      store.append(scopeOf(21), good[1]!),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const reason = (results[1] as PromiseRejectedResult).reason;
    expect(isStoreError(reason, 'store.bad_event')).toBe(true);
    expect(await store.count(scopeOf(20))).toBe(40);
    expect(await store.count(scopeOf(21))).toBe(60);
    expect(await store.count(scopeOf(22))).toBe(0);
    // the failed scope can append afterwards, from _seq 0
    await store.append(scopeOf(22), eventsOf(22, 10));
    expect(await store.count(scopeOf(22))).toBe(10);
  });

  it('keeps an append made after a delete behind that delete', async () => {
    const events = eventsOf(30, 100);
    const appended = store.append(scopeOf(30), events);
    const deleted = store.deleteFrom(scopeOf(30), RANGE.from);
    const again = store.append(scopeOf(30), events.slice(0, 10));
    await Promise.all([appended, deleted, again]);
    expect(await store.count(scopeOf(30))).toBe(10);
  });
});
