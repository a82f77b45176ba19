import type { Sim } from '../sim/Sim.js';
import { matchHosts, matchUsers, selectsHosts } from '../model/selectTargets.js';
import type { Rng } from '../rng/Rng.js';

const RANK: Record<string, number> = {
  standard: 0,
  service: 0,
  'local-admin': 1,
  'domain-admin': 2,
};

/**
 * Chooses a stage's target (host, user, every pick) from its selector, drawing from the
 * stage's own stream: `sameAs` copies an earlier stage's target; host selectors pick hosts
 * (acting as their owner, else as the best credential the adversary holds); user selectors
 * pick people at their workstations. False when nothing matches.
 */
export function chooseTarget(sim: Sim, s: number): boolean {
  const m = sim.model;
  const stage = m.scenario.adversary.stages[s]!;
  const st = sim.state.adversary.stages[s]!;
  const sel = stage.target;
  if (sel.sameAs !== undefined) {
    const other = sim.state.adversary.stages[m.stageIndex.get(sel.sameAs) ?? -1];
    if (!other || other.host < 0) return false;
    st.host = other.host;
    st.user = other.user;
    st.picked = [...other.picked];
    return true;
  }
  const r = sim.rng(`adversary/target/${stage.id}`);
  const n = sel.pick ?? 1;
  if (
    selectsHosts(sel) ||
    (sel.user === undefined && sel.privileges === undefined && sel.department === undefined)
  ) {
    const hosts = pickN(matchHosts(m, sel), n, r);
    if (hosts.length === 0) return false;
    st.host = hosts[0]!;
    const owner = m.hosts[st.host]!.spec.owner;
    const ownerIndex = owner !== undefined ? m.userByName.get(owner) : undefined;
    st.user = ownerIndex ?? bestCredentialUser(sim) ?? -1;
    st.picked = hosts.map((h) => {
      const o = m.hosts[h]!.spec.owner;
      return (o !== undefined ? m.userByName.get(o) : undefined) ?? st.user;
    });
    return true;
  }
  const users = pickN(matchUsers(m, sel), n, r).filter((u) => m.users[u]!.host >= 0);
  if (users.length === 0) return false;
  st.user = users[0]!;
  st.host = m.users[st.user]!.host;
  st.picked = users;
  return true;
}

/** The most privileged user whose stolen credential still works. */
export function bestCredentialUser(sim: Sim): number | undefined {
  let best: number | undefined;
  let rank = -1;
  for (const c of sim.state.adversary.credentials) {
    if (!c.valid) continue;
    const u = sim.model.userByName.get(c.user);
    if (u === undefined) continue;
    const k = RANK[sim.model.users[u]!.spec.privileges] ?? 0;
    if (k > rank) {
      rank = k;
      best = u;
    }
  }
  return best;
}

function pickN(all: number[], n: number, r: Rng): number[] {
  if (n >= all.length) return all;
  const rest = [...all];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(rest.splice(r.int(rest.length), 1)[0]!);
  return out;
}
