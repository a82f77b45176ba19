import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { runStep } from '../steps/runStep.js';
import { Scope } from '../steps/Scope.js';
import { completeStage } from './completeStage.js';
import { stageContext } from './stageContext.js';
import { MAX_WAITS, RETRY_MS } from './startStage.js';

/**
 * One step of a running stage. A step that cannot happen (host cut off, credential
 * rejected) is retried later; exfiltration resumes the sequence itself.
 */
export function stageStep(sim: Sim, t: number, s: number, i: number, run: number): void {
  const a = sim.state.adversary;
  const st = a.stages[s]!;
  const stage = sim.model.scenario.adversary.stages[s]!;
  if (run !== st.runs || st.status === 'failed') return;
  if (a.quietUntil > t) {
    sim.schedule(a.quietUntil + sim.rng(`adversary/stage/${stage.id}`).int(3_600_000), {
      k: 'step',
      s,
      i,
      run,
    });
    return;
  }
  const step = stage.steps[i];
  if (!step) {
    completeStage(sim, t, s);
    return;
  }
  const ctx = stageContext(sim, s);
  const r = sim.rng(ctx.stream);
  const res = runStep(sim, t, ctx, step, new Scope(sim, ctx, r), i);
  st.last = ctx.last;
  if (!res.ok) {
    st.waits++;
    st.reason = res.reason ?? 'step failed';
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
    sim.schedule(t + RETRY_MS, { k: 'step', s, i, run });
    return;
  }
  st.status = 'running';
  if (res.wait) return;
  continueStage(sim, res.t, s, i + 1);
}

/** Schedules the step after `i - 1` (or completes the stage when there is none). */
export function continueStage(sim: Sim, t: number, s: number, i: number): void {
  const st = sim.state.adversary.stages[s]!;
  const stage = sim.model.scenario.adversary.stages[s]!;
  const next = stage.steps[i];
  if (!next) {
    completeStage(sim, t, s);
    return;
  }
  const delay = sampleDistribution(next.after, sim.rng(`adversary/stage/${stage.id}`));
  sim.schedule(t + delay, { k: 'step', s, i, run: st.runs });
}
