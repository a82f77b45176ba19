import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@kunren/domain';
import { createWorld } from '@kunren/engine';
import { loadScenarioFile } from '@kunren/scenario';
import { formatSummary, simulateToStream } from '../src/commands/simulate.js';

const COMPACT = fileURLToPath(new URL('../../engine/test/fixtures/compact.yaml', import.meta.url));
const HOUR = 3_600_000;

async function compact(): Promise<Scenario> {
  const r = await loadScenarioFile(COMPACT);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.scenario;
}

/** A sink that keeps every chunk, or closes itself after the first (a reader like `head`). */
function sink(closeAfterFirst = false): { out: Writable; chunks: string[] } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
      if (closeAfterFirst) out.destroy();
    },
  });
  return { out, chunks };
}

describe('kunren scenario simulate', () => {
  it('stops generating when its reader goes away (| head) instead of running to the end', async () => {
    const scenario = await compact();
    const full = await simulateToStream(
      createWorld(scenario, { seed: 7, team: 'blue' }),
      48 * HOUR,
      [],
      sink().out,
    );
    const { out } = sink(true);
    const cut = await simulateToStream(
      createWorld(scenario, { seed: 7, team: 'blue' }),
      48 * HOUR,
      [],
      out,
    );
    expect(cut.closed).toBe(true);
    expect(full.closed).toBe(false);
    expect(cut.events).toBeLessThan(full.events);
  });

  it('says which actions of the file fall after --until instead of dropping them silently', async () => {
    const scenario = await compact();
    const world = createWorld(scenario, { seed: 7, team: 'blue' });
    const late = { seq: 1, at: 30 * HOUR, action: 'isolate-host', target: 'nope' };
    const s = await simulateToStream(world, 2 * HOUR, [late], sink().out);
    expect(s.skipped).toEqual([late]);
    expect(formatSummary(world, s)).toContain(
      'action 1 isolate-host: not applied — at 1d6h, after the end of the run (2h); raise --until',
    );
  });

  it('lists the stages reached in the order they were done', async () => {
    const scenario = await compact();
    const world = createWorld(scenario, { seed: 7, team: 'blue' });
    const s = await simulateToStream(world, 48 * HOUR, [], sink().out);
    const done = world
      .truth()
      .stages.filter((x) => x.doneAt !== null)
      .map((x) => x.doneAt!);
    expect(done.length).toBeGreaterThan(2);
    const listed = formatSummary(world, s)
      .split('\n')
      .filter((l) => /^\s+\S+\s+\S+ \(T\d{4}/.test(l))
      .map((l) => l.trim().split(/\s+/)[1]!);
    const order = world
      .truth()
      .stages.filter((x) => x.doneAt !== null)
      .sort((a, b) => a.doneAt! - b.doneAt!)
      .map((x) => x.id);
    expect(listed).toEqual(order);
  });
});
