import { beforeAll, describe, expect, it } from 'vitest';
import { expandOrganisation, type EcsEvent, type Scenario } from '@kunren/domain';
import { evaluate, HuntError, inferColumns, parse, tryParse, type Query } from '@kunren/hunt';
import {
  createWorld,
  isoTimestamp,
  playReferenceSolution,
  REFERENCE_TEAM,
  resolvedKeys,
  type TeamRun,
} from '../src/index.js';
import { loadFlagship } from './scoringFixture.js';

/** Seeds the reference solution is played with: each gives other targets and indicators. */
const SEEDS = [1, 2];

let scenario: Scenario;
const runs = new Map<number, { perfect: TeamRun; idle: TeamRun }>();

beforeAll(async () => {
  scenario = await loadFlagship();
  for (const seed of SEEDS) runs.set(seed, playReferenceSolution(scenario, seed));
}, 240_000);

function run(seed: number): { perfect: TeamRun; idle: TeamRun } {
  const r = runs.get(seed);
  if (!r) throw new Error(`seed ${seed} was not played`);
  return r;
}

describe.each(SEEDS)('the flagship world with seed %i', (seed) => {
  it('unfolds fully for a team that does nothing, up to exfiltration', () => {
    const { idle } = run(seed);
    const notDone = idle.truth.stages.filter((s) => s.status !== 'done');
    expect(notDone.map((s) => `${s.id}: ${s.status} ${s.reason}`)).toEqual([]);
    expect(idle.truth.exfiltrated.bytes).toBeGreaterThan(0);
    const hosts = new Set(idle.truth.footholds.map((f) => f.host));
    expect(hosts).toContain('fs01');
    expect(hosts).toContain('dc01');
  });

  it('the reference solution cuts the adversary off before the credential dump', () => {
    const { perfect } = run(seed);
    expect(perfect.truth.exfiltrated.bytes).toBe(0);
    const done = new Set(perfect.truth.stages.filter((s) => s.status === 'done').map((s) => s.id));
    for (const later of ['credential-dump', 'lateral-fileserver', 'exfiltration']) {
      expect(done.has(later), later).toBe(false);
    }
    expect(perfect.truth.beacons.filter((b) => b.alive)).toEqual([]);
    expect(perfect.observation.actions.filter((a) => a.status === 'failed')).toEqual([]);
    const c = perfect.score.components.find((x) => x.id === 'containment');
    expect(c?.explanation).toMatch(/before any data left/);
  });

  it('the reference solution beats doing nothing by a quarter of the maximum or more', () => {
    const { perfect, idle } = run(seed);
    expect(perfect.score.total - idle.score.total).toBeGreaterThanOrEqual(0.25 * perfect.score.max);
    for (const id of ['tasks', 'detection', 'containment', 'impact', 'report']) {
      const p = perfect.score.components.find((c) => c.id === id)?.points ?? 0;
      const i = idle.score.components.find((c) => c.id === id)?.points ?? 0;
      expect(p, id).toBeGreaterThan(i);
    }
  });

  it('every task answer key resolves to a non-empty value in the world', () => {
    const { idle } = run(seed);
    for (const task of scenario.tasks) {
      const keys = resolvedKeys(task, scenario, idle.truth);
      expect(keys, task.id).toBeDefined();
      for (const k of keys ?? []) {
        expect(k.trim(), task.id).not.toBe('');
        expect(k, task.id).not.toContain('{{');
      }
    }
  });
});

describe('the flagship evidence queries', () => {
  it('parse in the hunting language', () => {
    for (const task of scenario.tasks) {
      for (const e of task.evidence) {
        const r = tryParse(e.query);
        expect(r.ok ? '' : `${task.id}: ${r.error.message}`).toBe('');
      }
    }
  });

  it('each returns at least one row over the telemetry of a team that does nothing', () => {
    // The hunting language's reference interpreter, fed the run in chunks (memory stays flat):
    // a filter-then-aggregate query returns rows over the run iff it does over some chunk.
    const world = createWorld(scenario, { seed: 1, team: REFERENCE_TEAM });
    const range = {
      from: isoTimestamp(world.startMs),
      to: isoTimestamp(world.startMs + world.lengthMs + 1),
    };
    const pending = new Map<string, { query: Query; error: string }>();
    for (const task of scenario.tasks) {
      for (const e of task.evidence) {
        pending.set(`${task.id}: ${e.query}`, { query: parse(e.query), error: '' });
      }
    }
    const check = (chunk: EcsEvent[]): void => {
      if (pending.size === 0) return;
      const columns = inferColumns(chunk);
      for (const [key, p] of pending) {
        try {
          if (evaluate(p.query, chunk, { range, maxRows: 1, columns }).rows.length > 0) {
            pending.delete(key);
          }
        } catch (err) {
          if (!(err instanceof HuntError)) throw err;
          p.error = err.message;
        }
      }
    };
    let chunk: EcsEvent[] = [];
    for (const e of world.events(world.lengthMs)) {
      chunk.push(e);
      if (chunk.length === 50_000) {
        check(chunk);
        chunk = [];
        if (pending.size === 0) break;
      }
    }
    check(chunk);
    expect([...pending].map(([k, p]) => `${k}${p.error ? ` (${p.error})` : ''}`)).toEqual([]);
  }, 300_000);

  it("each task's evidence rows show its answer (seed 1, a team that does nothing)", () => {
    // A trainee follows the evidence query and reads the answer off its rows: a query that
    // returns rows without the answer (a field the source never fills) fails here.
    const TYPES = new Set(['host', 'user', 'filename', 'hash', 'domain', 'ip', 'email']);
    const world = createWorld(scenario, { seed: 1, team: REFERENCE_TEAM });
    const range = {
      from: isoTimestamp(world.startMs),
      to: isoTimestamp(world.startMs + world.lengthMs + 1),
    };
    const wanted = new Map<string, { queries: Query[]; keys: string[]; seen: string[] }>();
    for (const task of scenario.tasks) {
      if (!TYPES.has(task.answer.type) || task.evidence.length === 0) continue;
      const keys = (resolvedKeys(task, scenario, run(1).idle.truth) ?? []).map((k) =>
        (task.answer.type === 'filename' ? (k.split(/[\\/]/).pop() ?? k) : k).toLowerCase(),
      );
      wanted.set(task.id, { queries: task.evidence.map((e) => parse(e.query)), keys, seen: [] });
    }
    const check = (chunk: EcsEvent[]): void => {
      const columns = inferColumns(chunk);
      for (const w of wanted.values()) {
        for (const q of w.queries) {
          try {
            const rows = evaluate(q, chunk, { range, maxRows: 1000, columns }).rows;
            if (rows.length > 0) w.seen.push(JSON.stringify(rows).toLowerCase());
          } catch (err) {
            // a field no record of this chunk has yet (the store knows it from others)
            if (!(err instanceof HuntError)) throw err;
          }
        }
      }
    };
    let chunk: EcsEvent[] = [];
    for (const e of world.events(world.lengthMs)) {
      chunk.push(e);
      if (chunk.length === 50_000) {
        check(chunk);
        chunk = [];
      }
    }
    check(chunk);
    const hostIps = new Map(
      expandOrganisation(scenario.organisation).hosts.map((h) => [h.name.toLowerCase(), h.ip]),
    );
    const missing: string[] = [];
    for (const [id, w] of wanted) {
      const text = w.seen.join('\n').replace(/\\\\/g, '\\');
      for (const k of w.keys) {
        // a host may show as its address (the asset list maps it back to the name)
        const ip = hostIps.get(k);
        if (!text.includes(k) && !(ip !== undefined && text.includes(`"${ip}"`)))
          missing.push(`${id}: ${k}`);
      }
    }
    expect(wanted.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  }, 300_000);
});
