import { durationMs } from '../sim/sampleDistribution.js';
import { SYSTEM_USER } from '../model/userFacts.js';
import { runSequence } from '../steps/runSequence.js';
import type { Sim } from '../sim/Sim.js';
import type { StepContext } from '../steps/StepContext.js';

/** Machine work on a schedule, as SYSTEM under the task scheduler; schedules its next run. */
export function scheduledWork(sim: Sim, t: number, h: number, i: number): void {
  const job = sim.model.scenario.background.scheduled[i];
  const hm = sim.model.hosts[h];
  if (!job || !hm) return;
  const every = Math.max(60_000, durationMs(job.every));
  sim.schedule(t + every, { k: 'scheduled', h, i });
  if (sim.cutOff(h, t)) return;
  const stream = `bg/${hm.name}/scheduled/${job.id}`;
  const ctx: StepContext = {
    host: h,
    user: -1,
    account: SYSTEM_USER,
    logonId: '0x3e7',
    targetHost: h,
    targetUser: -1,
    picked: [],
    refs: {},
    last: null,
    fallbackParent: hm.base ? { host: h, proc: hm.base.schedule } : null,
    stage: '',
    stageIndex: -1,
    technique: '',
    stream,
  };
  runSequence(sim, t + sim.rng(stream).int(30_000), ctx, job.steps);
}

/** First run of every scheduled job on every host, spread over its period. */
export function startScheduledWork(sim: Sim): void {
  const m = sim.model;
  m.scenario.background.scheduled.forEach((job, i) => {
    const every = Math.max(60_000, durationMs(job.every));
    for (const h of m.scheduledHosts[i] ?? []) {
      const phase = sim.rng(`bg/${m.hosts[h]!.name}/scheduled/${job.id}/phase`).int(every);
      sim.schedule(phase, { k: 'scheduled', h, i });
    }
  });
}
