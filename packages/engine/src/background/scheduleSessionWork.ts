import { parseRate } from '@kunren/domain';
import type { Sim } from '../sim/Sim.js';
import type { Job } from '../sim/Job.js';
import { isServerAdmin } from './isServerAdmin.js';

const rates = new Map<string, number>();

/** Events per ms of a rate text (`12/h`), cached. */
export function rateOf(text: string): number {
  let v = rates.get(text);
  if (v === undefined) {
    v = parseRate(text) ?? 0;
    rates.set(text, v);
  }
  return v;
}

/**
 * Schedules the next occurrence of a session behaviour after `t` (exponential gaps at its
 * rate), unless it would fall after the session's planned end.
 */
export function scheduleNext(
  sim: Sim,
  t: number,
  u: number,
  rate: number,
  job: Job,
  stream: string,
): void {
  const s = sim.state.users[u]?.session;
  if (!s || rate <= 0) return;
  const next = t + 1 + Math.round(sim.rng(stream).exponential(1 / rate));
  if (next < s.until) sim.schedule(next, job);
}

/** Starts the chains of a fresh session: browsing, mail, file shares, routines, admin work. */
export function scheduleSessionWork(sim: Sim, t: number, u: number): void {
  const m = sim.model;
  const bg = m.scenario.background;
  const um = m.users[u]!;
  const g = sim.state.users[u]!.gen;
  scheduleNext(sim, t, u, rateOf(bg.browsing.rate), { k: 'browse', u, g }, um.streams.browse);
  scheduleNext(sim, t, u, rateOf(bg.mail.rate), { k: 'mail', u, g }, um.streams.mail);
  bg.fileShares.forEach((fs, i) => {
    scheduleNext(sim, t, u, rateOf(fs.rate), { k: 'share', u, i, g }, `bg/${um.name}/share/${i}`);
  });
  for (const i of m.userRoutines[u] ?? []) {
    const r = bg.routines[i]!;
    scheduleNext(
      sim,
      t,
      u,
      rateOf(r.rate),
      { k: 'routine', u, i, g },
      `bg/${um.name}/routine/${r.id}`,
    );
  }
  if (m.servers.length > 0 && isServerAdmin(m, um)) {
    scheduleNext(sim, t, u, ADMIN_RATE, { k: 'admin', u, g }, um.streams.admin);
  }
}

/** Admins open about three remote sessions to servers a day. */
export const ADMIN_RATE = 3 / (8 * 3_600_000);
