import type { Effect } from '@kunren/domain';
import { digest } from '../catalog/imageFacts.js';
import type { Sim } from '../sim/Sim.js';
import { resolveHost } from '../steps/resolveHost.js';
import type { Scope } from '../steps/Scope.js';

/** Applies a finished stage's effects to the world (templates rendered for this world). */
export function applyEffects(
  sim: Sim,
  t: number,
  s: number,
  effects: readonly Effect[],
  sc: Scope,
): void {
  const a = sim.state.adversary;
  const st = a.stages[s]!;
  const stageId = sim.model.scenario.adversary.stages[s]!.id;
  const base = { at: t, stage: stageId, removedAt: -1, removedBy: '' };
  for (const e of effects) {
    if ('foothold' in e) {
      const host = resolveHost(sim.model, sc.render(e.foothold));
      if (host >= 0 && !a.footholds.some((f) => f.host === host && f.removedAt < 0)) {
        a.footholds.push({ ...base, host });
      }
    } else if ('credential' in e) {
      const user = sc.render(e.credential);
      const u = sim.model.userByName.get(user);
      if (u !== undefined && sim.state.users[u]?.disabled) continue;
      a.credentials.push({
        user,
        at: t,
        stage: stageId,
        valid: true,
        invalidatedAt: -1,
        reason: '',
      });
    } else if ('persistence' in e) {
      const host = resolveHost(sim.model, sc.render(e.on));
      if (host >= 0) {
        a.persistence.push({ ...base, host, kind: e.persistence, artifact: sc.render(e.artifact) });
      }
    } else if ('malware' in e) {
      const host = resolveHost(sim.model, sc.render(e.on));
      const path = sc.render(e.malware);
      if (host < 0) continue;
      const proc = [...a.processes]
        .reverse()
        .find((p) => p.host === host && p.process.executable.toLowerCase() === path.toLowerCase());
      a.malware.push({
        ...base,
        host,
        path,
        sha256: proc?.process.hashes.sha256 ?? digest(path, 64),
      });
    } else if ('staged' in e) {
      const live = a.staged.filter((x) => x.removedAt < 0);
      if (live.length === 0)
        a.staged.push({ ...base, host: st.actor, path: 'staged', bytes: e.staged });
    } else if ('exfiltrated' in e) {
      if (a.exfiltratedBytes > 0 && a.exfiltratedAt < 0) a.exfiltratedAt = t;
    }
  }
}
