import type { Condition } from '@kunren/domain';
import { domainBlocked, ipBlocked } from '../emit/blocked.js';
import type { Sim } from '../sim/Sim.js';
import type { Scope } from '../steps/Scope.js';
import { resolveHost } from '../steps/resolveHost.js';
import { currentC2 } from './currentC2.js';

const RANK: Record<string, number> = {
  standard: 0,
  service: 0,
  'local-admin': 1,
  'domain-admin': 2,
};

/** Whether the adversary holds a live foothold on a host it can reach. */
export function liveFoothold(sim: Sim, host: number, t: number): boolean {
  if (host < 0 || sim.cutOff(host, t)) return false;
  return sim.state.adversary.footholds.some((f) => f.host === host && f.removedAt < 0);
}

/** Whether some implant can reach its C2 (host not cut off, C2 neither blocked nor its IP). */
export function c2Reachable(sim: Sim, t: number): boolean {
  for (const b of sim.state.adversary.beacons) {
    if (!b.alive || sim.cutOff(b.host, t)) continue;
    const domain = sim.model.indicators[currentC2(sim, b.c2)] ?? '';
    const d = sim.state.defence;
    if (!domainBlocked(d, domain) && !ipBlocked(d, sim.model.resolve(domain))) return true;
  }
  return false;
}

/** The first unmet precondition, described, or undefined when all hold. */
export function unmetCondition(
  sim: Sim,
  t: number,
  conds: readonly Condition[],
  sc: Scope,
): string | undefined {
  const a = sim.state.adversary;
  for (const c of conds) {
    if ('foothold' in c) {
      const name = sc.render(c.foothold);
      if (!liveFoothold(sim, resolveHost(sim.model, name), t)) return `no live foothold on ${name}`;
    } else if ('credential' in c) {
      const need = c.credential === 'any' ? 0 : (RANK[c.credential] ?? 0);
      const ok = a.credentials.some((k) => {
        if (!k.valid) return false;
        const u = sim.model.userByName.get(k.user);
        const rank = u === undefined ? 0 : (RANK[sim.model.users[u]!.spec.privileges] ?? 0);
        return rank >= need;
      });
      if (!ok) return `no valid ${c.credential} credential`;
    } else if ('c2' in c) {
      if (!c2Reachable(sim, t)) return 'C2 unreachable';
    } else if ('staged' in c) {
      if (!a.staged.some((s) => s.removedAt < 0)) return 'no staged data';
    }
  }
  return undefined;
}
