import type { EcsEvent } from '@kunren/domain';
import { evaluate, parse } from '@kunren/hunt';
import { DuckDbTelemetryStore } from '@kunren/store';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScenarios } from '../src/adapters/contentScenarios.js';
import { engineAdapter } from '../src/adapters/engineAdapter.js';
import { loadRules, sigmaAlerts } from '../src/adapters/sigmaAlerts.js';
import { contentDir, flagship } from './harness.js';

const HOUR = 3_600_000;
/** The flagship's initial access lands between 9h15m and 10h30m: 9h30m to 10h30m hold the first stages. */
const FROM = 9.5 * HOUR;
const UNTIL = 10.5 * HOUR;
/** The world runs on to 13h: the first hourly beaconing windows have ended by then. */
const GEN = 13 * HOUR;

describe('built-in Sigma alerts evaluated in the telemetry store', () => {
  const scope = { exerciseId: 'e1', teamId: 't1' };
  let store: DuckDbTelemetryStore;
  let events: EcsEvent[];
  let start: number;
  const iso = (simMs: number) => new Date(start + simMs).toISOString();
  const simAtOf = (e: EcsEvent) => Date.parse(String(e['@timestamp'])) - start;

  beforeAll(async () => {
    const scenario = await contentScenarios(contentDir).load(flagship);
    start = Date.parse(scenario.start);
    const world = (await engineAdapter()).createWorld(scenario, { seed: 7, team: 't1' });
    events = [];
    for (const out of world.runUntil(GEN)) if (out.type === 'event') events.push(out.event);
    store = await DuckDbTelemetryStore.open({});
    await store.append(scope, events);
  }, 120_000);
  afterAll(() => store.close());

  it('raises the same alerts as the JS interpreter running every rule over the events', async () => {
    const rules = await loadRules(join(contentDir, 'rules'));
    const range = { from: iso(FROM), to: iso(UNTIL + 1) };
    const inRange = events.filter((e) => simAtOf(e) >= FROM && simAtOf(e) <= UNTIL);
    // Reference: the hunt's JS interpreter, each rule over every event of the window.
    const expected = new Set<string>();
    for (const rule of rules) {
      if (rule.correlation) continue; // below
      let rows: readonly Record<string, unknown>[] = [];
      try {
        rows = evaluate(rule.query, inRange, { range, maxRows: 100_000 }).rows;
      } catch {
        continue;
      }
      for (const row of rows)
        expected.add(`${rule.id}:${String((row as { event?: { id?: unknown } }).event?.id)}`);
    }
    const evaluator = await sigmaAlerts(join(contentDir, 'rules'));
    const alerts = (await evaluator.evaluate(store, scope, range, simAtOf)).filter(
      (a) => a.eventId !== '',
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => a.id))).toEqual(expected);
    for (const a of alerts) {
      expect(a.at).toBeGreaterThanOrEqual(FROM);
      expect(a.at).toBeLessThanOrEqual(UNTIL);
    }
  }, 300_000);

  it('consecutive windows raise exactly the alerts of the whole range (property)', async () => {
    const evaluator = await sigmaAlerts(join(contentDir, 'rules'));
    const whole = new Set(
      (
        await evaluator.evaluate(store, scope, { from: iso(FROM), to: iso(UNTIL + 1) }, simAtOf)
      ).map((a) => a.id),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: FROM + 1, max: UNTIL }), { maxLength: 4 }),
        async (cuts) => {
          const bounds = [FROM, ...cuts.sort((a, b) => a - b), UNTIL + 1];
          const seen: string[] = [];
          for (let i = 1; i < bounds.length; i++) {
            const range = { from: iso(bounds[i - 1]!), to: iso(bounds[i]!) };
            for (const a of await evaluator.evaluate(store, scope, range, simAtOf)) {
              expect(a.at).toBeGreaterThanOrEqual(bounds[i - 1]!);
              expect(a.at).toBeLessThan(bounds[i]!);
              seen.push(a.id);
            }
          }
          expect(seen.length).toBe(whole.size);
          expect(new Set(seen)).toEqual(whole);
        },
      ),
      { numRuns: 4 },
    );
  }, 300_000);

  it('an empty window raises nothing', async () => {
    const evaluator = await sigmaAlerts(join(contentDir, 'rules'));
    expect(
      await evaluator.evaluate(store, scope, { from: iso(HOUR), to: iso(HOUR) }, simAtOf),
    ).toEqual([]);
  });

  it('correlations raise one alert per ended window and group over the threshold, with a query that shows its events', async () => {
    const rules = (await loadRules(join(contentDir, 'rules'))).filter((r) => r.correlation);
    expect(rules.length).toBeGreaterThanOrEqual(6);
    const evaluator = await sigmaAlerts(join(contentDir, 'rules'));
    const range = { from: iso(FROM), to: iso(GEN + 1) };
    const alerts = (await evaluator.evaluate(store, scope, range, simAtOf)).filter(
      (a) => a.eventId === '',
    );
    // Reference: each correlation's query in the JS interpreter over its whole ended windows.
    const asIso = (v: unknown) =>
      new Date(
        typeof v === 'number' ? v : Date.parse(String(v).replace(' ', 'T').replace(/(\d)$/, '$1Z')),
      ).toISOString();
    const expected = new Set<string>();
    for (const rule of rules) {
      const w = rule.correlation!.windowMs;
      const from = Math.floor(Date.parse(range.from) / w) * w;
      const to = Math.floor(Date.parse(range.to) / w) * w;
      const window = events.filter((e) => {
        const t = Date.parse(String(e['@timestamp']));
        return t >= from && t < to;
      });
      const bounds = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
      for (const row of evaluate(rule.query, window, { range: bounds, maxRows: 100_000 }).rows) {
        const r = row as Record<string, unknown>;
        const group = rule.correlation!.groupBy.map((f) => String(r[f] ?? '')).join('|');
        expected.add(`${rule.id}:${asIso(r.window)}:${group}`);
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => a.id))).toEqual(expected);
    for (const a of alerts) {
      expect(a.at).toBeGreaterThanOrEqual(FROM);
      expect(a.at).toBeLessThanOrEqual(GEN);
      const shown = await store.query(scope, parse(a.query), {
        from: iso(0),
        to: iso(GEN + 1),
        maxRows: 10_000,
      });
      expect(shown.rows.length, a.query).toBeGreaterThan(0);
    }
  }, 300_000);
});
