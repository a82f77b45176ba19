import type { Sim } from '../sim/Sim.js';

const DAY = 86_400_000;

/**
 * At each local midnight: plans every person's day (logon around the start of their hours,
 * logoff around the end, a few working late, a few on weekends) and schedules the next plan.
 */
export function planDay(sim: Sim, t: number): void {
  const m = sim.model;
  const cal = m.calendar;
  const day = cal.localDay(t);
  const workday = cal.isWorkday(day);
  const afterHours = m.scenario.background.afterHours;
  for (const u of m.users) {
    if (u.host < 0 || !m.hosts[u.host]?.windows) continue;
    const r = sim.rng(u.streams.day);
    let start: number;
    let end: number;
    if (workday) {
      start = cal.simAt(day, u.startMin) + Math.round(clamp(r.normal() * 12, -35, 45) * 60_000);
      end = cal.simAt(day, u.endMin) + Math.round(clamp(r.normal() * 20, -30, 60) * 60_000);
      if (r.chance(afterHours)) end += 3_600_000 + r.int(2 * 3_600_000);
      if (r.chance(0.02)) continue;
    } else {
      if (!r.chance(afterHours / 2)) continue;
      start = cal.simAt(day, 9 * 60 + r.int(6 * 60));
      end = start + 3_600_000 + r.int(2 * 3_600_000);
    }
    if (end <= t) continue;
    sim.schedule(Math.max(start, t), { k: 'logon', u: u.index, until: end });
  }
  const next = cal.simAt(day + 1, 0);
  if (next < m.lengthMs + DAY) sim.schedule(next, { k: 'day' });
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
