import type { ActionRecord, Scenario } from '@kunren/domain';
import type { WorldOutput } from '../sim/WorldOutput.js';
import { createWorld, type WorldOptions } from './createWorld.js';
import type { World } from './World.js';

/**
 * `world(t) = replay(scenario, seed, actions up to t)`: creates the team's world and runs it
 * to `until`, applying each action at its time (in `(at, seq)` order). Every output is passed
 * to `onOutput` when given. Returns the world at `until`.
 */
export function replay(
  scenario: Scenario,
  opts: WorldOptions,
  actions: readonly ActionRecord[],
  until: number,
  onOutput?: (o: WorldOutput) => void,
): World {
  const world = createWorld(scenario, opts);
  const ordered = [...actions]
    .filter((a) => a.at <= until)
    .sort((a, b) => a.at - b.at || a.seq - b.seq);
  for (const a of ordered) {
    for (const o of world.runUntil(a.at)) onOutput?.(o);
    world.apply(a);
  }
  for (const o of world.runUntil(until)) onOutput?.(o);
  return world;
}
