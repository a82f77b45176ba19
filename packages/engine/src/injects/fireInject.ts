import type { Sim } from '../sim/Sim.js';

/** Fires an inject once: marks it and releases an `inject` output at `t`. */
export function fireInject(sim: Sim, t: number, i: number, via: 'time' | 'stage' | 'action'): void {
  const st = sim.state.injects[i];
  const inj = sim.model.scenario.injects[i];
  if (!st || !inj || st.firedAt >= 0) return;
  st.firedAt = t;
  sim.notify({ type: 'inject', at: t, id: inj.id, from: inj.from, via });
}
