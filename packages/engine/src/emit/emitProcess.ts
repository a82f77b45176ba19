import { security4688, sysmon1, type ProcessFacts } from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';

/** A process start on a Windows host: Sysmon 1 and Security 4688 (same pid, guid, parent). */
export function emitProcess(sim: Sim, t: number, host: number, p: ProcessFacts, src = host): void {
  const hm = sim.model.hosts[host];
  if (!hm || !hm.windows) return;
  sim.emit(t, sysmon1(sim.meta(t, host, 'sysmon'), hm.facts, p), src);
  sim.emit(t, security4688(sim.meta(t, host, 'security'), hm.facts, p), src);
}
