import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';

/** Schedules the timed injects (once, at world creation). */
export function scheduleTimedInjects(sim: Sim): void {
  sim.model.scenario.injects.forEach((inj, i) => {
    if ('at' in inj.trigger) {
      sim.schedule(sampleDistribution(inj.trigger.at, sim.rng(`inject/${inj.id}`)), {
        k: 'inject',
        i,
        via: 'time',
      });
    }
  });
}

/** Schedules the injects a finished stage triggers. */
export function triggerStageInjects(sim: Sim, t: number, stageId: string): void {
  sim.model.scenario.injects.forEach((inj, i) => {
    const tr = inj.trigger;
    if (!('stage' in tr) || tr.stage !== stageId || sim.state.injects[i]!.firedAt >= 0) return;
    sim.schedule(t + sampleDistribution(tr.delay, sim.rng(`inject/${inj.id}`)), {
      k: 'inject',
      i,
      via: 'stage',
    });
  });
}

/** Schedules the injects a response action of this kind triggers. */
export function triggerActionInjects(sim: Sim, t: number, kind: string): void {
  sim.model.scenario.injects.forEach((inj, i) => {
    const tr = inj.trigger;
    if (!('action' in tr) || tr.action !== kind || sim.state.injects[i]!.firedAt >= 0) return;
    sim.schedule(t + sampleDistribution(tr.delay, sim.rng(`inject/${inj.id}`)), {
      k: 'inject',
      i,
      via: 'action',
    });
  });
}
