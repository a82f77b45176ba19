import type { Sim } from '../sim/Sim.js';
import { resolveHost } from '../steps/resolveHost.js';

/**
 * Recomputes which business services are down (a host they depend on is isolated or being
 * restored) and accumulates downtime up to `t`.
 */
export function refreshServices(sim: Sim, t: number): void {
  const svcs = sim.model.scenario.organisation.services;
  svcs.forEach((svc, i) => {
    const st = sim.state.defence.services[i];
    if (!st) return;
    const down = svc.hosts.some((h) => {
      const idx = resolveHost(sim.model, h);
      return idx >= 0 && sim.cutOff(idx, t);
    });
    if (down && st.downSince < 0) st.downSince = t;
    else if (!down && st.downSince >= 0) {
      st.downtimeMs += t - st.downSince;
      st.downSince = -1;
    }
  });
}

/** Downtime of each service up to `t`, counting a current outage. */
export function downtimeAt(sim: Sim, t: number): { id: string; up: boolean; downtimeMs: number }[] {
  return sim.state.defence.services.map((s) => ({
    id: s.id,
    up: s.downSince < 0,
    downtimeMs: s.downtimeMs + (s.downSince >= 0 ? Math.max(0, t - s.downSince) : 0),
  }));
}
