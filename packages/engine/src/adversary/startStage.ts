import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { resolveHost } from '../steps/resolveHost.js';
import { Scope } from '../steps/Scope.js';
import { chooseTarget } from './chooseTarget.js';
import { unmetCondition } from './conditions.js';
import { stageContext } from './stageContext.js';

/** How long the adversary waits before trying a blocked stage again. */
export const RETRY_MS = 45 * 60_000;
/** After this many unmet tries a stage is given up. */
export const MAX_WAITS = 96;

/**
 * A stage's start: waits out a quiet period, chooses the target, places the actor (the
 * host of its first foothold precondition, else the target), checks the preconditions
 * (retrying later while unmet) and schedules the first step.
 */
export function startStage(sim: Sim, t: number, s: number): void {
  const a = sim.state.adversary;
  const st = a.stages[s]!;
  const stage = sim.model.scenario.adversary.stages[s]!;
  if (st.status === 'done' || st.status === 'skipped' || st.status === 'failed') return;
  if (a.quietUntil > t) {
    sim.schedule(a.quietUntil + sim.rng(`adversary/timing/${stage.id}`).int(3_600_000), {
      k: 'stage',
      s,
    });
    return;
  }
  if (st.host < 0 && !chooseTarget(sim, s)) {
    st.status = 'failed';
    st.reason = 'no host matches the target selector';
    sim.notify({ type: 'stage', at: t, id: stage.id, status: 'failed', host: '' });
    return;
  }
  const probe = stageContext(sim, s);
  const sc = new Scope(sim, probe, sim.rng(probe.stream));
  const foothold = stage.requires?.find((c) => 'foothold' in c);
  st.actor =
    foothold && 'foothold' in foothold
      ? resolveHost(sim.model, sc.render(foothold.foothold))
      : st.host;
  if (st.actor < 0) st.actor = st.host;
  const ctx = stageContext(sim, s);
  const unmet = unmetCondition(
    sim,
    t,
    stage.requires ?? [],
    new Scope(sim, ctx, sim.rng(ctx.stream)),
  );
  if (unmet !== undefined) {
    st.waits++;
    st.reason = unmet;
    if (st.waits >= MAX_WAITS) {
      st.status = 'failed';
      sim.notify({
        type: 'stage',
        at: t,
        id: stage.id,
        status: 'failed',
        host: sim.model.hosts[st.host]?.name ?? '',
      });
      return;
    }
    st.status = 'waiting';
    sim.schedule(t + RETRY_MS, { k: 'stage', s });
    return;
  }
  st.status = 'running';
  st.reason = '';
  st.startedAt = st.runs === 0 ? t : st.startedAt;
  st.runs++;
  sim.notify({
    type: 'stage',
    at: t,
    id: stage.id,
    status: 'started',
    host: sim.model.hosts[st.host]?.name ?? '',
  });
  const first = stage.steps[0]!;
  sim.schedule(t + sampleDistribution(first.after, sim.rng(ctx.stream)), {
    k: 'step',
    s,
    i: 0,
    run: st.runs,
  });
}
