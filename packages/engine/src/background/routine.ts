import { runSequence } from '../steps/runSequence.js';
import type { Sim } from '../sim/Sim.js';
import { rateOf, scheduleNext } from './scheduleSessionWork.js';
import { atLunch, inSession, sessionContext } from './sessionContext.js';

/** One run of an office-hours routine by a user, in their session. */
export function routine(sim: Sim, t: number, u: number, i: number, g: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  const rt = sim.model.scenario.background.routines[i];
  if (!us || !um || !rt || us.gen !== g || !inSession(sim, u, t)) return;
  const stream = `bg/${um.name}/routine/${rt.id}`;
  scheduleNext(sim, t, u, rateOf(rt.rate), { k: 'routine', u, i, g }, stream);
  if (atLunch(sim, t) && sim.rng(stream).chance(0.6)) return;
  const ctx = sessionContext(sim, u, stream);
  if (ctx) runSequence(sim, t, ctx, rt.steps);
}
