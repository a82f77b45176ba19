import type { Scenario } from '@kunren/domain';
import { EngineError } from '../errors/EngineError.js';
import { buildModel } from '../model/buildModel.js';
import { RngStreams } from '../rng/RngStreams.js';
import { EventQueue } from '../sim/EventQueue.js';
import type { Job } from '../sim/Job.js';
import { OutputBuffer } from '../sim/OutputBuffer.js';
import { Sim } from '../sim/Sim.js';
import type { WorldState } from '../state/WorldState.js';
import { World } from './World.js';
import type { WorldSnapshot } from './WorldSnapshot.js';

/** Rebuilds a world from its snapshot and the scenario it was made from. */
export function restoreWorld(scenario: Scenario, snapshot: WorldSnapshot): World {
  if (snapshot.format !== 'kunren/world@1') {
    throw new EngineError(
      'engine.snapshot.version',
      `unknown snapshot format "${String(snapshot.format)}"`,
      'take the snapshot with this version of kunren',
    );
  }
  if (snapshot.scenario.id !== scenario.id || snapshot.scenario.version !== scenario.version) {
    throw new EngineError(
      'engine.snapshot.scenario',
      `snapshot of ${snapshot.scenario.id}@${snapshot.scenario.version}, scenario is ${scenario.id}@${scenario.version}`,
      'restore with the scenario version the snapshot was taken with',
    );
  }
  const model = buildModel(scenario, snapshot.seed, snapshot.team);
  const streams = new RngStreams(model.seedText);
  streams.restore(snapshot.streams);
  const state = JSON.parse(JSON.stringify(snapshot.state)) as WorldState;
  const sim = new Sim(
    model,
    state,
    streams,
    EventQueue.restore<Job>(JSON.parse(JSON.stringify(snapshot.queue))),
    OutputBuffer.restore(JSON.parse(JSON.stringify(snapshot.out))),
  );
  return new World(sim);
}
