/**
 * The one conformance suite of the TelemetryStore port: every adapter runs it
 * (`describeTelemetryStore('duckdb', …)`), and an adapter is done when it passes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EcsEvent } from '@kunren/domain';
import {
  compileDocuments,
  evaluate,
  isHuntError,
  loadSigmaText,
  parse,
  restrictToFields,
} from '@kunren/hunt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStoreError } from '../src/StoreError.js';
import type { TelemetryScope, TelemetryStore } from '../src/TelemetryStore.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

/** How the suite gets stores of the adapter under test. */
export interface StoreFactory {
  /** A fresh, empty store. */
  create(): Promise<TelemetryStore>;
  /** Persistent adapters: opens the store kept in `dir` (empty the first time). */
  openDir?(dir: string): Promise<TelemetryStore>;
}

/** The five reference queries every adapter must answer like the reference interpreter. */
export const REFERENCE_QUERIES = [
  'event.code:4688 and process.name:powershell.exe',
  'event.code:4625 | stats count() by user.name, source.ip | sort -count | head 10',
  'dns.question.name:* | stats dc(host.name) as hosts by dns.question.registered_domain | where hosts < 3',
  '* | timechart span=1h count() by event.dataset',
  'process.parent.name:winword.exe | fields @timestamp, host.name, process.command_line',
] as const;

const START = Date.UTC(2026, 2, 2);
const A: TelemetryScope = { exerciseId: 'ex1', teamId: 'team-a' };
const B: TelemetryScope = { exerciseId: 'ex1', teamId: 'team-b' };
const A2: TelemetryScope = { exerciseId: 'ex2', teamId: 'team-a' };
const DAY = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' };

const eventsA = syntheticEvents({
  seed: 1,
  count: 3000,
  start: START,
  stepMs: 20_000,
  prefix: 'a',
});
const eventsB: EcsEvent[] = [
  ...syntheticEvents({ seed: 2, count: 1500, start: START, stepMs: 40_000, prefix: 'b' }),
  {
    '@timestamp': '2026-03-02T10:00:00.000Z',
    team_id: 'team-a',
    exercise_id: 'ex1',
    host: { name: 'b-evil' },
    b_only: { secret: 'b-secret-value' },
  } as EcsEvent,
  {
    '@timestamp': '2026-03-02T10:00:01.000Z',
    'we"ird': 'b-quote',
    "x'); DROP TABLE events;--": 'b-drop',
    host: { name: 'b-ws1' },
  } as EcsEvent,
];
const eventsA2 = syntheticEvents({
  seed: 3,
  count: 200,
  start: START,
  stepMs: 60_000,
  prefix: 'b',
});

/** True when nothing of team B (or of team A's other exercise) shows in a result. */
function onlyTeamA(rows: readonly Record<string, unknown>[]): boolean {
  const text = JSON.stringify(rows);
  return !/b-ws|b\.user|b-evil|b-secret|b-quote|b-drop/.test(text);
}

const tsOf = (e: EcsEvent): number => Date.parse(e['@timestamp']);

/** Registers the conformance suite for one adapter. */
export function describeTelemetryStore(name: string, factory: StoreFactory): void {
  describe(`TelemetryStore conformance: ${name}`, () => {
    let store: TelemetryStore;
    beforeAll(async () => {
      store = await factory.create();
      await store.append(A, eventsA.slice(0, 1000));
      await store.append(B, eventsB);
      await store.append(A, eventsA.slice(1000));
      await store.append(A2, eventsA2);
    });
    afterAll(async () => {
      await store.close();
    });

    describe('scope isolation', () => {
      it('counts and time ranges are per scope', async () => {
        expect(await store.count(A)).toBe(3000);
        expect(await store.count(B)).toBe(eventsB.length);
        expect(await store.count(A2)).toBe(200);
        expect(await store.count({ exerciseId: 'ex1', teamId: 'nobody' })).toBe(0);
        expect(await store.timeRange(A)).toEqual({
          from: '2026-03-02T00:00:00.000Z',
          to: new Date(START + 2999 * 20_000).toISOString(),
        });
        expect(await store.timeRange({ exerciseId: 'ex1', teamId: 'nobody' })).toBeUndefined();
      });

      it("team A's search sees all of its own events and none of team B's", async () => {
        const r = await store.query(A, parse('*'), { ...DAY, maxRows: 10_000 });
        expect(r.rows).toHaveLength(3000);
        expect(onlyTeamA(r.rows)).toBe(true);
        const s = await store.query(A, parse('* | stats count()'), DAY);
        expect(s.rows).toEqual([{ count: 3000 }]);
      });

      it('fields() lists only the fields of the scope', async () => {
        const a = await store.fields(A);
        const b = await store.fields(B);
        expect(b.has('b_only.secret')).toBe(true);
        expect(a.has('b_only.secret')).toBe(false);
        expect(a.get('process.name')).toEqual({ type: 'string', array: false });
        expect(a.get('event.category')).toEqual({ type: 'string', array: true });
        expect(a.get('source.port')).toEqual({ type: 'long', array: false });
      });

      it('a document cannot move itself into another scope with team_id or exercise_id fields', async () => {
        const r = await store.query(A, parse('host.name:b-evil'), DAY);
        expect(r.rows).toEqual([]);
        const b = await store.query(B, parse('host.name:b-evil'), DAY);
        expect(b.rows).toHaveLength(1);
      });

      it.each([
        'host.name:b-*',
        'b_only.secret:*',
        '"b-secret-value"',
        'team_id:team-b',
        'exercise_id:* or team_id:*',
        'not host.name:a-*',
        'host.name:* or not host.name:*',
        '* | where host.name == "b-ws1"',
        'host.name:"a-ws1\' OR team_id=\'team-b"',
        '_source:*b-ws*',
        '* | stats count() by team_id',
        '* | lookup bad b_only.secret',
      ])('hostile query %s gives an error or only team A rows', async (text) => {
        let query;
        try {
          query = parse(text);
        } catch (e) {
          expect(isHuntError(e)).toBe(true);
          return;
        }
        try {
          const r = await store.query(A, query, {
            ...DAY,
            maxRows: 10_000,
            lists: new Map([['bad', ['b-secret-value']]]),
          });
          expect(onlyTeamA(r.rows)).toBe(true);
        } catch (e) {
          expect(isHuntError(e) || isStoreError(e)).toBe(true);
        }
      });

      it('the same team id in another exercise is another scope', async () => {
        const r = await store.query(A2, parse('* | stats count()'), DAY);
        expect(r.rows).toEqual([{ count: 200 }]);
        const a = await store.query(A, parse('host.name:b-*'), DAY);
        expect(a.rows).toEqual([]);
      });
    });

    describe('bounds', () => {
      it('nothing at or after `to` is ever returned, and `from` is inclusive', async () => {
        const from = new Date(START + 100 * 20_000).toISOString();
        const to = new Date(START + 200 * 20_000).toISOString();
        const r = await store.query(A, parse('*'), { from, to, maxRows: 10_000 });
        expect(r.rows).toHaveLength(100);
        expect(r.rows[0]?.['@timestamp']).toBe(from);
        expect(r.rows.every((row) => String(row['@timestamp']) < to)).toBe(true);
        const agg = await store.query(A, parse('* | stats count() by event.dataset'), { from, to });
        expect(agg.rows.reduce((n, row) => n + Number(row['count']), 0)).toBe(100);
      });

      it('maxRows cuts the result and sets truncated only when rows were cut', async () => {
        const cut = await store.query(A, parse('*'), { ...DAY, maxRows: 7 });
        expect(cut.rows).toHaveLength(7);
        expect(cut.truncated).toBe(true);
        const exact = await store.query(A, parse('*'), { ...DAY, maxRows: 3000 });
        expect(exact.rows).toHaveLength(3000);
        expect(exact.truncated).toBe(false);
        const grouped = await store.query(A, parse('* | stats count() by host.name'), {
          ...DAY,
          maxRows: 2,
        });
        expect(grouped.rows).toHaveLength(2);
        expect(grouped.truncated).toBe(true);
      });

      it('refuses a range that is not ISO 8601 with store.bad_range', async () => {
        const e = await store
          .query(A, parse('*'), { from: 'yesterday', to: DAY.to })
          .catch((x: unknown) => x);
        expect(isStoreError(e, 'store.bad_range')).toBe(true);
      });
    });

    describe('reference queries', () => {
      it.each(REFERENCE_QUERIES)('%s answers as the reference interpreter does', async (text) => {
        const query = parse(text);
        const options = { ...DAY, maxRows: 500 };
        const got = await store.query(A, query, options);
        const want = evaluate(query, eventsA, {
          range: DAY,
          maxRows: 500,
          columns: await store.fields(A),
        });
        expect(got.rawEvents).toBe(want.rawEvents);
        expect(got.columns).toEqual(want.columns);
        expect(got.truncated).toBe(want.truncated);
        expect(got.rows).toEqual(want.rows);
        expect(got.rows.length).toBeGreaterThan(0);
      });

      it('event.code:4688 and process.name:powershell.exe finds exactly those events', async () => {
        const r = await store.query(A, parse(REFERENCE_QUERIES[0]), { ...DAY, maxRows: 10_000 });
        const expected = eventsA.filter((e) => {
          const ev = e as { event?: { code?: string }; process?: { name?: string } };
          return ev.event?.code === '4688' && ev.process?.name === 'powershell.exe';
        });
        expect(r.rows.map((row) => row['@timestamp'])).toEqual(
          expected.map((e) => e['@timestamp']),
        );
      });

      it('the rare-domain query finds the domain only two hosts looked up', async () => {
        const r = await store.query(A, parse(REFERENCE_QUERIES[2]), DAY);
        expect(r.rows).toEqual([{ 'dns.question.registered_domain': 'c2-rare.org', hosts: 2 }]);
      });
    });

    describe('writes', () => {
      it('a later batch with new fields adds them; earlier events stay as they were', async () => {
        const s = await factory.create();
        try {
          await s.append(A, eventsA.slice(0, 50));
          expect((await s.fields(A)).has('custom.new_field')).toBe(false);
          await s.append(A, [
            {
              '@timestamp': '2026-03-02T12:00:00.000Z',
              custom: { new_field: 'x', ratio: 0.5 },
            } as EcsEvent,
          ]);
          const fields = await s.fields(A);
          expect(fields.get('custom.new_field')).toEqual({ type: 'string', array: false });
          expect(fields.get('custom.ratio')).toEqual({ type: 'double', array: false });
          const r = await s.query(A, parse('custom.new_field:x'), DAY);
          expect(r.rows).toEqual([
            { '@timestamp': '2026-03-02T12:00:00.000Z', custom: { new_field: 'x', ratio: 0.5 } },
          ]);
          const all = await s.query(A, parse('* | stats count()'), DAY);
          expect(all.rows).toEqual([{ count: 51 }]);
        } finally {
          await s.close();
        }
      });

      it('deleteFrom removes the scope’s events at or after the time, and nothing else', async () => {
        const s = await factory.create();
        try {
          await s.append(A, eventsA.slice(0, 300));
          await s.append(B, eventsB.slice(0, 300));
          const at = eventsA[120]?.['@timestamp'] as string;
          await s.deleteFrom(A, at);
          expect(await s.count(A)).toBe(120);
          expect(await s.count(B)).toBe(300);
          const r = await s.query(A, parse('*'), { ...DAY, maxRows: 1000 });
          expect(r.rows.every((row) => String(row['@timestamp']) < at)).toBe(true);
          await s.append(A, eventsA.slice(120, 130));
          expect(await s.count(A)).toBe(130);
        } finally {
          await s.close();
        }
      });

      it('a batch with a bad @timestamp is refused whole with store.bad_event', async () => {
        const s = await factory.create();
        try {
          const bad = [...eventsA.slice(0, 5), { '@timestamp': 'soon' } as EcsEvent];
          const e = await s.append(A, bad).catch((x: unknown) => x);
          expect(isStoreError(e, 'store.bad_event')).toBe(true);
          expect(await s.count(A)).toBe(0);
        } finally {
          await s.close();
        }
      });

      it('counts values that did not fit their column', async () => {
        const s = await factory.create();
        try {
          await s.append(A, [
            { '@timestamp': '2026-03-02T01:00:00.000Z', source: { port: 'https' } } as EcsEvent,
          ]);
          expect(s.ingestStats(A)).toEqual({ events: 1, lossyValues: 1, reservedFields: 0 });
          expect(s.ingestStats(B)).toEqual({ events: 0, lossyValues: 0, reservedFields: 0 });
        } finally {
          await s.close();
        }
      });
    });

    describe('injection', () => {
      it.each([
        "host.name:\"x' OR '1'='1\"",
        'host.name:"a-ws1\'; DROP TABLE events; --"',
        'process.command_line:"*\'); DELETE FROM events; --*"',
        'host.name:"\\\\"',
        'user.name:"%" or user.name:"_"',
        '* | where host.name == "\' OR 1=1 --"',
      ])('the value in %s is a value, never SQL', async (text) => {
        const r = await store.query(A, parse(text), { ...DAY, maxRows: 10_000 });
        expect(r.rows).toEqual([]);
        expect(await store.count(A)).toBe(3000);
        expect(await store.count(B)).toBe(eventsB.length);
      });

      it.each([
        '"x\\"); DROP TABLE events; --":*',
        'we"ird:*',
        '* | stats count() by "we\\"ird"',
        '* | fields "a\\" FROM events; --"',
        '* | eval "x\\"y" = 1 | fields "x\\"y"',
      ])('the field name in %s is a name, never SQL', async (text) => {
        let query;
        try {
          query = parse(text);
        } catch (e) {
          expect(isHuntError(e)).toBe(true);
          return;
        }
        try {
          const r = await store.query(A, query, { ...DAY, maxRows: 10_000 });
          expect(onlyTeamA(r.rows)).toBe(true);
        } catch (e) {
          expect(isHuntError(e) || isStoreError(e)).toBe(true);
        }
        expect(await store.count(A)).toBe(3000);
        expect(await store.count(B)).toBe(eventsB.length);
      });

      it('field names with quotes and SQL in the data are stored as names', async () => {
        const fields = await store.fields(B);
        expect(fields.has('we"ird')).toBe(true);
        expect(fields.has("x'); DROP TABLE events;--")).toBe(true);
        expect(await store.count(B)).toBe(eventsB.length);
        const r = await store.query(B, parse('*'), {
          from: '2026-03-02T10:00:01.000Z',
          to: '2026-03-02T10:00:02.000Z',
        });
        expect(r.rows).toEqual([eventsB[eventsB.length - 1]]);
      });
    });

    if (factory.openDir) {
      const openDir = factory.openDir;
      describe('persistence', () => {
        it('a store directory reopened has the same data, fields and answers', async () => {
          const dir = mkdtempSync(join(tmpdir(), 'kunren-conf-'));
          try {
            let s = await openDir(dir);
            await s.append(A, eventsA.slice(0, 500));
            await s.append(B, eventsB.slice(0, 100));
            const before = await s.query(A, parse(REFERENCE_QUERIES[1]), DAY);
            const fieldsBefore = await s.fields(A);
            await s.close();
            s = await openDir(dir);
            expect(await s.count(A)).toBe(500);
            expect(await s.count(B)).toBe(100);
            expect(await s.fields(A)).toEqual(fieldsBefore);
            expect(await s.query(A, parse(REFERENCE_QUERIES[1]), DAY)).toEqual(before);
            await s.append(A, eventsA.slice(500, 510));
            expect(await s.count(A)).toBe(510);
            const last = await s.query(A, parse('* | tail 1'), DAY);
            expect(last.rows[0]?.['@timestamp']).toBe(eventsA[509]?.['@timestamp']);
            await s.close();
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        });
      });
    }

    describe('Sigma correlations restricted to the fields of the data', () => {
      const withIp: TelemetryScope = { exerciseId: 'ex3', teamId: 'with-ip' };
      const withoutIp: TelemetryScope = { exerciseId: 'ex3', teamId: 'without-ip' };
      // Twelve failed logons for twelve accounts within a minute, with and without source.ip.
      const failed = (ip: boolean): EcsEvent[] =>
        Array.from({ length: 12 }, (_, i) => ({
          '@timestamp': new Date(START + i * 5000).toISOString(),
          event: { dataset: 'windows.security', code: '4625' },
          host: { name: 'c-dc1' },
          winlog: { event_data: { TargetUserName: `c-user${i}` } },
          ...(ip ? { source: { ip: '10.9.9.9' } } : {}),
        }));
      const rules = compileDocuments(
        loadSigmaText(`title: Many failed logons from one source
correlation: {type: event_count, rules: [failed], group-by: [IpAddress], timespan: 5m, condition: {gte: 10}}
---
title: Many accounts from one source
correlation: {type: value_count, rules: [failed], group-by: [IpAddress], timespan: 5m, condition: {field: TargetUserName, gte: 5}}
---
title: Failed logon
name: failed
logsource: {product: windows, service: security}
detection: {sel: {EventID: 4625}, condition: sel}
`).documents,
      ).flatMap((r) => (r.ok && r.meta.title.startsWith('Many') ? [r.query] : []));
      const run = async (scope: TelemetryScope) => {
        const fields = await store.fields(scope);
        return Promise.all(
          rules.map(async (q) => {
            const r = await store.query(
              scope,
              restrictToFields(q, (f) => fields.has(f)),
              DAY,
            );
            return r.rows.length;
          }),
        );
      };
      beforeAll(async () => {
        await store.append(withIp, failed(true));
        await store.append(withoutIp, failed(false));
      });

      it('match when the data has the group-by field', async () => {
        expect(rules).toHaveLength(2);
        expect(await run(withIp)).toEqual([1, 1]);
      });

      it('match nothing, without an error, when the data lacks the group-by field', async () => {
        expect(await run(withoutIp)).toEqual([0, 0]);
      });
    });

    it('events outside every range stay invisible: the first event time is the earliest', async () => {
      const first = Math.min(...eventsA.map(tsOf));
      const r = await store.query(A, parse('*'), {
        from: '2020-01-01T00:00:00.000Z',
        to: new Date(first).toISOString(),
      });
      expect(r.rows).toEqual([]);
    });
  });
}
