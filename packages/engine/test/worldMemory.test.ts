import { describe, expect, it } from 'vitest';
import { createWorld } from '@kunren/engine';
import { COMPACT, HOUR, scenarioAt } from './worldFixture.js';

describe('memory flat in the number of records emitted', () => {
  it('pending jobs and outputs stay bounded by the organisation, not by the simulated duration', async () => {
    const sc = await scenarioAt(COMPACT);
    const world = createWorld(sc, { seed: 4, team: 'mem' });
    const maxPerDay: number[] = [];
    let events = 0;
    for (let hour = 1; hour <= 48; hour++) {
      for (const o of world.runUntil(hour * HOUR)) if (o.type === 'event') events++;
      const p = world.pending();
      const day = Math.floor((hour - 1) / 24);
      maxPerDay[day] = Math.max(maxPerDay[day] ?? 0, p.jobs + p.outputs);
    }
    // 11 people × (logoff, browse, mail, share, routine, admin) + 7 hosts' scheduled job +
    // web + day + the campaign and injects: a few dozen at most, whatever the duration.
    expect(events).toBeGreaterThan(10_000);
    expect(maxPerDay[0]).toBeLessThan(200);
    expect(maxPerDay[1]!).toBeLessThanOrEqual(Math.max(maxPerDay[0]!, 20) * 1.5);
  });
});
