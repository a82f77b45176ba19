import type { FileFacts } from '../telemetry/index.js';
import type { HostModel } from '../model/HostModel.js';
import type { Sim } from '../sim/Sim.js';
import type { HostedProcess } from '../state/AdversaryState.js';
import { maybeEdrAlert } from './maybeEdrAlert.js';
import { resolveProcess } from './resolveProcess.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

/** What an actor step's body did: `skip` ends the step at once, without an EDR alert. */
export type ActorOutcome = { readonly file?: FileFacts } | 'skip' | undefined;

/**
 * The frame of a step done by a running process on its host: the process (named, or the
 * last one) is resolved, a host cut off by the defenders fails the step, the body emits its
 * telemetry, then the step's EDR alert may fire; the step takes `duration` seconds.
 */
export function actorStep(
  sim: Sim,
  t: number,
  ctx: StepContext,
  step: {
    readonly process?: string;
    readonly edrAlert?: { name: string; severity: string; probability?: number };
  },
  duration: number,
  body: (actor: HostedProcess, host: HostModel | undefined) => ActorOutcome,
): StepResult {
  const p = resolveProcess(sim, ctx, step.process);
  if (!p || sim.cutOff(p.host, t)) return { t, ok: false, reason: 'host cut off' };
  const outcome = body(p, sim.model.hosts[p.host]);
  if (outcome === 'skip') return { t, ok: true };
  maybeEdrAlert(sim, t, ctx, p.host, step.edrAlert, p.proc, outcome?.file);
  return { t: t + duration, ok: true };
}
