import type { Sim } from '../sim/Sim.js';
import { reactTo } from '../adversary/reactions.js';
import { currentC2 } from '../adversary/currentC2.js';
import { triggerActionInjects } from '../injects/triggerInjects.js';
import { resolveHost } from '../steps/resolveHost.js';
import type { ActionState } from '../state/DefenceState.js';
import { collectEvidence } from './collectEvidence.js';
import { refreshServices } from './refreshServices.js';
import { withdrawAfter } from './withdrawAfter.js';

/** A response action's effect lands at `t` (its execution time after it was taken). */
export function applyEffect(sim: Sim, t: number, a: number): void {
  const act = sim.state.defence.actions[a];
  if (!act || act.status !== 'executing') return;
  const result = effect(sim, t, act, a);
  act.status = result.ok ? 'done' : 'failed';
  act.result = result.text;
  sim.notify({
    type: 'action',
    at: t,
    seq: act.seq,
    action: act.action,
    target: act.target,
    status: act.status,
    result: act.result,
  });
  triggerActionInjects(sim, t, act.kind);
}

function effect(
  sim: Sim,
  t: number,
  act: ActionState,
  index: number,
): { ok: boolean; text: string } {
  const m = sim.model;
  const adv = sim.state.adversary;
  const def = sim.state.defence;
  const host = () => resolveHost(m, act.target);
  switch (act.kind) {
    case 'isolate-host': {
      const h = host();
      sim.state.hosts[h]!.isolated = true;
      refreshServices(sim, t);
      withdrawAfter(sim, t, { host: h });
      reactTo(sim, t, { on: 'host-isolated', host: h });
      return { ok: true, text: `${act.target} isolated from the network` };
    }
    case 'release-host': {
      const h = host();
      const hs = sim.state.hosts[h]!;
      if (!hs.isolated) return { ok: false, text: `${act.target} was not isolated` };
      hs.isolated = false;
      refreshServices(sim, t);
      reactTo(sim, t, { on: 'host-released', host: h });
      return { ok: true, text: `${act.target} back on the network` };
    }
    case 'block-ip': {
      if (!def.blockedIps.includes(act.target)) def.blockedIps.push(act.target);
      withdrawAfter(sim, t, { ip: act.target });
      reactTo(sim, t, { on: 'c2-blocked', domain: '', ip: act.target });
      return { ok: true, text: `firewall blocks ${act.target}` };
    }
    case 'block-domain': {
      if (!def.blockedDomains.includes(act.target)) def.blockedDomains.push(act.target);
      withdrawAfter(sim, t, { domain: act.target });
      reactTo(sim, t, { on: 'c2-blocked', domain: act.target, ip: '' });
      return { ok: true, text: `proxy and DNS policy block ${act.target}` };
    }
    case 'disable-account':
    case 'reset-password': {
      const u = m.userByName.get(act.target);
      if (u !== undefined) {
        const us = sim.state.users[u]!;
        if (act.kind === 'disable-account') us.disabled = true;
        else us.resetAt = t;
      }
      let broken = 0;
      for (const c of adv.credentials) {
        if (c.user.toLowerCase() === act.target && c.valid) {
          c.valid = false;
          c.invalidatedAt = t;
          c.reason = act.kind;
          broken++;
        }
      }
      for (const p of adv.persistence) {
        if (
          p.kind === 'account' &&
          p.artifact.toLowerCase() === act.target &&
          p.removedAt < 0 &&
          act.kind === 'disable-account'
        ) {
          p.removedAt = t;
          p.removedBy = act.action;
        }
      }
      if (act.kind === 'reset-password')
        reactTo(sim, t, { on: 'credential-reset', user: act.target });
      const what = act.kind === 'disable-account' ? 'disabled' : 'password reset';
      return { ok: true, text: `${act.target} ${what}${broken > 0 ? '' : ''}` };
    }
    case 'kill-process': {
      const [hostPart, procPart] = act.target.includes(':')
        ? act.target.split(':')
        : ['', act.target];
      const h = hostPart ? resolveHost(m, hostPart!) : -1;
      let killed = 0;
      for (const p of adv.processes) {
        if (!p.alive || (h >= 0 && p.host !== h)) continue;
        const pr = p.process;
        if (String(pr.pid) !== procPart && pr.name.toLowerCase() !== procPart) continue;
        p.alive = false;
        killed++;
        for (const b of adv.beacons) {
          if (b.alive && b.host === p.host && b.process.entityId === pr.entityId)
            endBeacon(b, t, 'process killed');
        }
        reactTo(sim, t, { on: 'process-killed', host: p.host });
      }
      return killed > 0
        ? { ok: true, text: `${killed} process(es) terminated` }
        : { ok: true, text: 'no such process running' };
    }
    case 'quarantine-file': {
      const key = act.target.toLowerCase();
      let n = 0;
      for (const x of adv.malware) {
        if (x.removedAt >= 0 || (x.path.toLowerCase() !== key && x.sha256.toLowerCase() !== key))
          continue;
        x.removedAt = t;
        x.removedBy = act.action;
        n++;
        for (const p of adv.processes) {
          if (
            p.alive &&
            p.host === x.host &&
            p.process.executable.toLowerCase() === x.path.toLowerCase()
          ) {
            p.alive = false;
            for (const b of adv.beacons)
              if (b.alive && b.process.entityId === p.process.entityId)
                endBeacon(b, t, 'file quarantined');
          }
        }
      }
      return { ok: true, text: n > 0 ? `${n} file(s) quarantined` : 'no matching file found' };
    }
    case 'remove-persistence': {
      const [a1, a2] =
        act.target.includes(':') && !/^[a-z]:\\/i.test(act.target)
          ? act.target.split(':', 2)
          : ['', act.target];
      const h = a1 ? resolveHost(m, a1!) : resolveHost(m, act.target);
      let n = 0;
      for (const p of adv.persistence) {
        if (p.removedAt >= 0) continue;
        const match =
          h >= 0 && !a1
            ? p.host === h
            : p.artifact.toLowerCase() === a2!.toLowerCase() && (h < 0 || p.host === h);
        if (!match) continue;
        p.removedAt = t;
        p.removedBy = act.action;
        n++;
      }
      return {
        ok: true,
        text: n > 0 ? `${n} persistence item(s) removed` : 'no matching persistence found',
      };
    }
    case 'patch-host': {
      sim.state.hosts[host()]!.patched = true;
      return { ok: true, text: `${act.target} patched` };
    }
    case 'restore-from-backup': {
      const h = host();
      if (m.hosts[h]!.spec.backup === false)
        return { ok: false, text: `no clean backup of ${act.target}` };
      for (const list of [adv.footholds, adv.persistence, adv.malware, adv.staged]) {
        for (const x of list) {
          if (x.host === h && x.removedAt < 0) {
            x.removedAt = t;
            x.removedBy = act.action;
          }
        }
      }
      for (const p of adv.processes) if (p.host === h) p.alive = false;
      for (const b of adv.beacons) if (b.alive && b.host === h) endBeacon(b, t, 'host restored');
      sim.state.hosts[h]!.restoringUntil = -1;
      refreshServices(sim, t);
      return { ok: true, text: `${act.target} restored from a clean backup` };
    }
    case 'collect-memory':
    case 'collect-disk':
    case 'collect-triage': {
      const h = host();
      const artefacts = collectEvidence(sim, t, act.kind, h);
      def.evidence.push({
        action: index,
        kind: act.kind,
        host: m.hosts[h]!.name,
        at: t,
        artefacts,
      });
      return { ok: true, text: `${artefacts.length} artefact(s) collected from ${act.target}` };
    }
    case 'escalate':
    case 'notify':
      return {
        ok: true,
        text: `${act.kind === 'escalate' ? 'escalated to' : 'notified'} ${act.target}`,
      };
    default:
      return { ok: false, text: `the engine does not know the effect of ${act.kind}` };
  }
}

function endBeacon(
  b: { alive: boolean; endedAt: number; endReason: string },
  t: number,
  why: string,
): void {
  b.alive = false;
  b.endedAt = t;
  b.endReason = why;
}

/** For truth views: the C2 domain a beacon currently uses. */
export function beaconDomain(sim: Sim, c2: string): string {
  return sim.model.indicators[currentC2(sim, c2)] ?? '';
}
