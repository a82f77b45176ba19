import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';

/**
 * At world creation: marks the branch alternatives not drawn (and stages that only follow
 * them) as skipped, and schedules the stages that wait for nothing at their `at` time.
 */
export function startCampaign(sim: Sim): void {
  const m = sim.model;
  const stages = m.scenario.adversary.stages;
  const states = sim.state.adversary.stages;
  stages.forEach((st, i) => {
    const g = st.branch?.group;
    if (g !== undefined && m.branchChoice.get(g) !== st.id) states[i]!.status = 'skipped';
  });
  for (let changed = true; changed;) {
    changed = false;
    stages.forEach((st, i) => {
      const s = states[i]!;
      if (s.status !== 'pending' || !st.after || st.after.length === 0) return;
      const deps = st.after.map((id) => states[m.stageIndex.get(id) ?? -1]);
      if (deps.every((d) => !d || d.status === 'skipped')) {
        s.status = 'skipped';
        changed = true;
      }
    });
  }
  stages.forEach((st, i) => {
    const s = states[i]!;
    if (s.status !== 'pending' || (st.after && st.after.length > 0)) return;
    const r = sim.rng(`adversary/timing/${st.id}`);
    s.status = 'scheduled';
    sim.schedule(sampleDistribution(st.at, r) + sampleDistribution(st.delay, r), {
      k: 'stage',
      s: i,
    });
  });
}

/**
 * After a stage finishes for the first time: schedules every stage whose `after` stages
 * are now all done or skipped, after its `delay` (and not before its `at`).
 */
export function scheduleDependents(sim: Sim, t: number): void {
  const m = sim.model;
  const states = sim.state.adversary.stages;
  m.scenario.adversary.stages.forEach((st, i) => {
    const s = states[i]!;
    if (s.status !== 'pending' || !st.after || st.after.length === 0) return;
    const deps = st.after.map((id) => states[m.stageIndex.get(id) ?? -1]);
    if (!deps.every((d) => !d || d.status === 'done' || d.status === 'skipped')) return;
    if (!deps.some((d) => d?.status === 'done')) return;
    const r = sim.rng(`adversary/timing/${st.id}`);
    const at = st.at !== undefined ? sampleDistribution(st.at, r) : 0;
    s.status = 'scheduled';
    sim.schedule(Math.max(at, t + sampleDistribution(st.delay, r)), { k: 'stage', s: i });
  });
}
