import type { Sim } from '../sim/Sim.js';
import { Scope } from '../steps/Scope.js';
import { triggerStageInjects } from '../injects/triggerInjects.js';
import { applyEffects } from './applyEffects.js';
import { scheduleDependents } from './startCampaign.js';
import { stageContext } from './stageContext.js';

/**
 * A stage's last step is done: its effects change the world; the first time, it is marked
 * reached, its injects fire and the stages waiting for it are scheduled.
 */
export function completeStage(sim: Sim, t: number, s: number): void {
  const st = sim.state.adversary.stages[s]!;
  const stage = sim.model.scenario.adversary.stages[s]!;
  const ctx = stageContext(sim, s);
  applyEffects(sim, t, s, stage.effects ?? [], new Scope(sim, ctx, sim.rng(ctx.stream)));
  const first = st.doneAt < 0;
  st.status = 'done';
  st.reason = '';
  st.doneAt = first ? t : st.doneAt;
  sim.notify({
    type: 'stage',
    at: t,
    id: stage.id,
    status: 'done',
    host: sim.model.hosts[st.host]?.name ?? '',
  });
  if (!first) return;
  triggerStageInjects(sim, t, stage.id);
  scheduleDependents(sim, t);
}
