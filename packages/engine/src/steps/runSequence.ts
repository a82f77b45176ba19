import type { Step } from '@kunren/domain';
import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { runStep } from './runStep.js';
import { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';

/**
 * Runs a background step sequence (a routine, scheduled work) in one go from `t`, each
 * step after its `after` delay; stops at the first step that cannot happen. Campaign-only
 * steps (beacon, staging, exfiltration) are ignored outside the adversary.
 */
export function runSequence(sim: Sim, t: number, ctx: StepContext, steps: readonly Step[]): number {
  const r = sim.rng(ctx.stream);
  const sc = new Scope(sim, ctx, r);
  let c = t;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'beacon' || step.kind === 'exfiltrate' || step.kind === 'stage-data')
      continue;
    c += sampleDistribution(step.after, r);
    const res = runStep(sim, c, ctx, step, sc, i);
    if (!res.ok) break;
    c = res.t;
  }
  return c;
}
