import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '@kunren/domain';
import {
  createWorld,
  EngineError,
  restoreWorld,
  type World,
  type WorldSnapshot,
} from '@kunren/engine';
import { COMPACT, FLAGSHIP_FILE, HOUR, scenarioAt } from './worldFixture.js';

/** NDJSON lines (and other outputs, tagged) a world yields up to `until`. */
function drain(world: World, until: number, out: string[] = []): string[] {
  for (const o of world.runUntil(until)) {
    out.push(o.type === 'event' ? JSON.stringify(o.event) : `#${JSON.stringify(o)}`);
  }
  return out;
}

/** Runs straight to `end`, and again with a JSON round-tripped snapshot/restore at `cut`. */
async function compare(file: string, cut: number, end: number, actions: ActionRecord[] = []) {
  const scenario = await scenarioAt(file);
  const play = (w: World, from: number, to: number, lines: string[]) => {
    let t = from;
    for (const a of actions.filter((x) => x.at > from && x.at <= to)) {
      drain(w, a.at, lines);
      w.apply(a);
      t = a.at;
    }
    drain(w, to, lines);
    return t;
  };
  const straight: string[] = [];
  play(createWorld(scenario, { seed: 11, team: 'green' }), -1, end, straight);

  const split: string[] = [];
  const first = createWorld(scenario, { seed: 11, team: 'green' });
  play(first, -1, cut, split);
  const snap = JSON.parse(JSON.stringify(first.snapshot())) as WorldSnapshot;
  const second = restoreWorld(scenario, snap);
  expect(second.now).toBe(cut);
  play(second, cut, end, split);
  return { straight, split, first, second };
}

describe('snapshot and restore', () => {
  it('compact: snapshot at 10h, JSON round-trip, restore, continue to 48h = a straight run', async () => {
    const { straight, split } = await compare(COMPACT, 10 * HOUR, 48 * HOUR);
    expect(split.length).toBe(straight.length);
    expect(split).toEqual(straight);
  });

  it('compact: the same with actions before and after the snapshot (block, isolate, reset)', async () => {
    const scenario = await scenarioAt(COMPACT);
    const probe = createWorld(scenario, { seed: 11, team: 'green' });
    const actions: ActionRecord[] = [
      { seq: 1, at: 11 * HOUR, action: 'block-domain', target: probe.indicators().c2Domain! },
      { seq: 2, at: 14 * HOUR, action: 'reset', target: 'itadmin' },
      { seq: 3, at: 20 * HOUR, action: 'isolate', target: 'fs01' },
      { seq: 4, at: 26 * HOUR, action: 'release', target: 'fs01' },
    ];
    const { straight, split } = await compare(COMPACT, 15 * HOUR + 1234, 36 * HOUR, actions);
    expect(split).toEqual(straight);
  });

  it('flagship: snapshot mid-campaign (10h17m) and continue to 14h = a straight run', async () => {
    const { straight, split, second } = await compare(
      FLAGSHIP_FILE,
      10 * HOUR + 17 * 60_000,
      14 * HOUR,
    );
    expect(split.length).toBe(straight.length);
    expect(split.join('\n') === straight.join('\n')).toBe(true);
    expect(second.truth().stages.some((s) => s.doneAt !== null)).toBe(true);
  });

  it('a snapshot is plain JSON: stringify∘parse is the identity', async () => {
    const scenario = await scenarioAt(COMPACT);
    const w = createWorld(scenario, { seed: 3, team: 'x' });
    drain(w, 12 * HOUR);
    const snap = w.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('restoring with another scenario version is refused with engine.snapshot.scenario', async () => {
    const scenario = await scenarioAt(COMPACT);
    const snap = createWorld(scenario, { seed: 3, team: 'x' }).snapshot();
    const other = { ...scenario, version: '9.9.9' };
    expect(() => restoreWorld(other, snap)).toThrow(EngineError);
    expect(() => restoreWorld(other, snap)).toThrow(/engine\.snapshot\.scenario/);
  });
});
