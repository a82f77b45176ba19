import { currentC2 } from '../adversary/currentC2.js';
import type { Sim } from '../sim/Sim.js';
import type { Holding } from '../state/AdversaryState.js';
import type { GroundTruth, HoldingTruth } from './GroundTruth.js';

const orNull = (n: number): number | null => (n >= 0 ? n : null);

/** The adversary's ground truth (copies). */
export function truth(sim: Sim): GroundTruth {
  const m = sim.model;
  const a = sim.state.adversary;
  const name = (h: number): string => m.hosts[h]?.name ?? '';
  const holding = (x: Holding): HoldingTruth => ({
    host: name(x.host),
    at: x.at,
    stage: x.stage,
    live: x.removedAt < 0,
    removedAt: orNull(x.removedAt),
    removedBy: x.removedAt >= 0 ? x.removedBy : null,
  });
  const c2Names: string[] = [];
  for (const b of a.beacons) if (!c2Names.includes(b.c2)) c2Names.push(b.c2);
  for (const r of m.scenario.adversary.reactions) {
    if (r.on === 'c2-blocked' && !c2Names.includes(r.indicator)) c2Names.push(r.indicator);
  }
  const footholds = a.footholds.map(holding);
  const live =
    a.beacons.some((b) => b.alive) ||
    footholds.some((f) => f.live) ||
    a.credentials.some((c) => c.valid);
  return {
    now: sim.state.now,
    stages: m.scenario.adversary.stages.map((s, i) => {
      const st = a.stages[i]!;
      return {
        id: s.id,
        technique: s.technique,
        status: st.status,
        startedAt: orNull(st.startedAt),
        doneAt: orNull(st.doneAt),
        runs: st.runs,
        host: st.host >= 0 ? name(st.host) : null,
        user: m.users[st.user]?.name ?? null,
        actor: st.actor >= 0 ? name(st.actor) : null,
        reason: st.reason,
      };
    }),
    footholds,
    credentials: a.credentials.map((c) => ({
      user: c.user,
      at: c.at,
      stage: c.stage,
      valid: c.valid,
      invalidatedAt: orNull(c.invalidatedAt),
      reason: c.reason,
    })),
    persistence: a.persistence.map((p) => ({ ...holding(p), kind: p.kind, artifact: p.artifact })),
    malware: a.malware.map((x) => ({ ...holding(x), path: x.path, sha256: x.sha256 })),
    staged: a.staged.map((x) => ({ ...holding(x), path: x.path, bytes: x.bytes })),
    exfiltrated: { bytes: a.exfiltratedBytes, at: orNull(a.exfiltratedAt) },
    c2: c2Names.map((indicator) => {
      const inUse = currentC2(sim, indicator);
      const domain = m.indicators[inUse] ?? '';
      return { indicator, inUse, domain, ip: domain ? m.resolve(domain) : '' };
    }),
    beacons: a.beacons.map((b) => ({
      host: name(b.host),
      pid: b.process.pid,
      image: b.process.executable,
      domain: m.indicators[currentC2(sim, b.c2)] ?? '',
      alive: b.alive,
      startedAt: b.startedAt,
      endedAt: orNull(b.endedAt),
      endReason: b.endReason,
      checkins: b.checkins,
    })),
    quietUntil: a.quietUntil > sim.state.now ? a.quietUntil : null,
    indicators: { ...m.indicators },
    firstCompromiseAt: a.footholds.length > 0 ? Math.min(...a.footholds.map((f) => f.at)) : null,
    contained: !live,
  };
}
