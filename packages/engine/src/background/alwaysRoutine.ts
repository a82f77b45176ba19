import { SYSTEM_USER } from '../model/userFacts.js';
import { runSequence } from '../steps/runSequence.js';
import type { Sim } from '../sim/Sim.js';
import { rateOf } from './scheduleSessionWork.js';
import { sessionContext } from './sessionContext.js';

/**
 * A routine with `when: always`: runs at its rate around the clock on the user's
 * workstation, in the session when there is one, otherwise as SYSTEM.
 */
export function alwaysRoutine(sim: Sim, t: number, u: number, i: number): void {
  const um = sim.model.users[u];
  const rt = sim.model.scenario.background.routines[i];
  if (!um || !rt) return;
  const stream = `bg/${um.name}/always/${rt.id}`;
  const rate = rateOf(rt.rate);
  if (rate <= 0) return;
  sim.schedule(t + 1 + Math.round(sim.rng(stream).exponential(1 / rate)), { k: 'always', u, i });
  if (um.host < 0 || sim.cutOff(um.host, t)) return;
  const hm = sim.model.hosts[um.host]!;
  const ctx = sessionContext(sim, u, stream) ?? {
    host: um.host,
    user: -1,
    account: SYSTEM_USER,
    logonId: '0x3e7',
    targetHost: um.host,
    targetUser: u,
    picked: [u],
    refs: {},
    last: null,
    fallbackParent: hm.base ? { host: um.host, proc: hm.base.schedule } : null,
    stage: '',
    stageIndex: -1,
    technique: '',
    stream,
  };
  runSequence(sim, t, ctx, rt.steps);
}

/** First occurrence of every `always` routine for each of its actors. */
export function startAlwaysRoutines(sim: Sim): void {
  const m = sim.model;
  m.scenario.background.routines.forEach((rt, i) => {
    if (rt.when !== 'always') return;
    const rate = rateOf(rt.rate);
    if (rate <= 0) return;
    for (const u of m.routineActors[i] ?? []) {
      const r = sim.rng(`bg/${m.users[u]!.name}/always/${rt.id}`);
      sim.schedule(Math.round(r.exponential(1 / rate)), { k: 'always', u, i });
    }
  });
}
