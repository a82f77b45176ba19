import type { Scenario } from '@kunren/domain';
import { startCampaign } from '../adversary/startCampaign.js';
import { startAlwaysRoutines } from '../background/alwaysRoutine.js';
import { startScheduledWork } from '../background/scheduledWork.js';
import { scheduleTimedInjects } from '../injects/triggerInjects.js';
import { buildModel } from '../model/buildModel.js';
import { RngStreams } from '../rng/RngStreams.js';
import { EventQueue } from '../sim/EventQueue.js';
import type { Job } from '../sim/Job.js';
import { OutputBuffer } from '../sim/OutputBuffer.js';
import { Sim } from '../sim/Sim.js';
import { initialState } from './initialState.js';
import { World } from './World.js';

/** Which world: the seed (the exercise's) and the team (each team's world differs). */
export interface WorldOptions {
  readonly seed: number;
  readonly team: string;
}

/**
 * Creates a team's world at sim time 0. Same scenario, seed and team ⇒ the same world and,
 * given the same actions, byte-identical telemetry.
 */
export function createWorld(scenario: Scenario, opts: WorldOptions): World {
  const model = buildModel(scenario, opts.seed, opts.team);
  const sim = new Sim(
    model,
    initialState(model),
    new RngStreams(model.seedText),
    new EventQueue<Job>(),
    new OutputBuffer(),
  );
  sim.schedule(0, { k: 'day' });
  if (scenario.background.webTraffic && model.webServer >= 0) sim.schedule(0, { k: 'web' });
  startScheduledWork(sim);
  startAlwaysRoutines(sim);
  startCampaign(sim);
  scheduleTimedInjects(sim);
  return new World(sim);
}
