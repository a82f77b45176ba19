import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '@kunren/domain';
import { createWorld } from '@kunren/engine';
import { validateEcs } from './ecsCheck.js';
import { COMPACT, FLAGSHIP_FILE, HOUR, field, run, scenarioAt } from './worldFixture.js';

/** Problems across a run, grouped by dataset/code and problem text (first example kept). */
function problemsOf(
  events: Parameters<typeof validateEcs>[0][],
): Map<string, { count: number; example: string }> {
  const out = new Map<string, { count: number; example: string }>();
  for (const e of events) {
    for (const p of validateEcs(e)) {
      const ev = e as Record<string, unknown>;
      const key = `${String(field(ev as never, 'event.dataset'))}:${String(field(ev as never, 'event.code') ?? '')} ${p.field}: ${p.message}`;
      const hit = out.get(key);
      if (hit) hit.count++;
      else out.set(key, { count: 1, example: JSON.stringify(e).slice(0, 200) });
    }
  }
  return out;
}

describe('ECS validity of whole runs', () => {
  it('every field of every record of a full compact run (48h, with containment) is valid ECS', async () => {
    const sc = await scenarioAt(COMPACT);
    const probe = createWorld(sc, { seed: 5, team: 'ecs' });
    const actions: ActionRecord[] = [
      { seq: 1, at: 11 * HOUR, action: 'block-domain', target: probe.indicators().c2Domain! },
      { seq: 2, at: 13 * HOUR, action: 'block-ip', target: probe.indicators().c2Ip! },
      { seq: 3, at: 20 * HOUR, action: 'isolate', target: 'fs01' },
      { seq: 4, at: 30 * HOUR, action: 'disable', target: 'itadmin' },
    ];
    const r = run(sc, 5, 'ecs', 48 * HOUR, actions);
    expect(r.events.length).toBeGreaterThan(5_000);
    const problems = problemsOf(r.events);
    expect([...problems].map(([k, v]) => `${k} ×${v.count}: ${v.example}`)).toEqual([]);
  });

  it('every record of the flagship’s first working day (to the end of the attack’s first stages) is valid ECS', async () => {
    const sc = await scenarioAt(FLAGSHIP_FILE);
    const r = run(sc, 2, 'ecs', 12 * HOUR);
    const problems = problemsOf(r.events);
    expect([...problems].map(([k, v]) => `${k} ×${v.count}: ${v.example}`)).toEqual([]);
  });
});
