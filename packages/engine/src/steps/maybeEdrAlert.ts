import { attackTactic, attackTechnique } from '@kunren/domain';
import { edrAlert, type FileFacts, type ProcessFacts, type Severity } from '../telemetry/index.js';
import { hashString, hex8 } from '../rng/hashString.js';
import type { Sim } from '../sim/Sim.js';
import type { StepContext } from './StepContext.js';

const RISK: Record<Severity, number> = { low: 21, medium: 47, high: 73, critical: 99 };

/** Raises the step's EDR alert (with its probability) on the process's host. */
export function maybeEdrAlert(
  sim: Sim,
  t: number,
  ctx: StepContext,
  host: number,
  alert: { name: string; severity: string; probability?: number } | undefined,
  proc: ProcessFacts | null,
  file?: FileFacts,
): void {
  if (!alert || !proc) return;
  const hm = sim.model.hosts[host];
  if (!hm || !hm.windows || sim.cutOff(host, t)) return;
  if (alert.probability !== undefined && !sim.rng(`${ctx.stream}/edr`).chance(alert.probability)) {
    return;
  }
  const tech = attackTechnique(ctx.technique || 'T1204');
  const tactic = attackTactic(tech?.tactics[0] ?? 'execution');
  const severity = (
    ['low', 'medium', 'high', 'critical'].includes(alert.severity) ? alert.severity : 'medium'
  ) as Severity;
  const id = hashString(alert.name);
  const ev = edrAlert(sim.meta(t + 40, -1, 'none'), hm.facts, {
    ruleId: `${hex8(id)}-${hex8(id ^ 0x5a5a5a5a).slice(0, 4)}-4${hex8(id).slice(1, 4)}-8${hex8(id).slice(5, 8)}-${hex8(~id >>> 0)}${hex8(id).slice(0, 4)}`,
    ruleName: alert.name,
    severity,
    riskScore: RISK[severity],
    technique: {
      id: tech?.id ?? 'T1204',
      name: tech?.name ?? 'User Execution',
      tacticId: tactic?.id ?? 'TA0002',
      tacticName: tactic?.name ?? 'Execution',
    },
    process: proc,
    ...(file ? { file } : {}),
    action: 'detected',
  });
  sim.emit(t + 40, ev, host);
}
