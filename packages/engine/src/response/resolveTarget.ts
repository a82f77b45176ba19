import type { ResponseAction } from '@kunren/domain';
import { EngineError } from '../errors/EngineError.js';
import type { Sim } from '../sim/Sim.js';
import { resolveHost } from '../steps/resolveHost.js';
import { normaliseDomain, normaliseIp } from './normaliseIndicator.js';

/**
 * Checks and normalises an action's target for its target kind; throws an EngineError
 * naming the fix when the world has no such target.
 */
export function resolveTarget(sim: Sim, action: ResponseAction, target: string): string {
  const m = sim.model;
  const fail = (problem: string, fix: string): never => {
    throw new EngineError('engine.action.target', `${action.id}: ${problem}`, fix);
  };
  switch (action.target) {
    case 'host': {
      const h = resolveHost(m, target);
      if (h < 0) {
        fail(
          `no host "${target}"`,
          `give a host name such as ${m.hosts
            .slice(0, 3)
            .map((x) => x.name)
            .join(', ')}`,
        );
      }
      return m.hosts[h]!.name;
    }
    case 'ip': {
      const ip = normaliseIp(target);
      if (ip === undefined)
        fail(
          `"${target}" is not an IPv4 address or CIDR`,
          'give it like 203.0.113.7 or 203.0.113.0/24',
        );
      return ip!;
    }
    case 'domain': {
      const d = normaliseDomain(target);
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(d)) {
        fail(
          `"${target}" is not a domain name`,
          'give it like update-check.example.net (defanged forms are accepted)',
        );
      }
      return d;
    }
    case 'user': {
      const name = target.trim().replace(/^.*\\/, '').toLowerCase();
      if (m.userByName.has(name)) return name;
      if (sim.state.adversary.credentials.some((c) => c.user.toLowerCase() === name)) return name;
      if (
        sim.state.adversary.persistence.some(
          (p) => p.kind === 'account' && p.artifact.toLowerCase() === name,
        )
      )
        return name;
      return fail(
        `no account "${target}"`,
        `give a username such as ${m.users
          .slice(0, 3)
          .map((u) => u.name)
          .join(', ')}`,
      );
    }
    case 'process': {
      const t = target.trim();
      if (!/^(([a-z0-9-]+):)?(\d+|[^\\/:*?"<>|]+\.exe)$/i.test(t)) {
        fail(
          `"${target}" does not name a process`,
          'give host:pid (ws-fin-01:4242), a pid, or host:image (ws-fin-01:update.exe)',
        );
      }
      return t.toLowerCase();
    }
    case 'file': {
      const t = target.trim();
      if (t === '') fail('empty file target', 'give a full path or a SHA-256/MD5 hash');
      return t;
    }
    case 'persistence': {
      const t = target.trim();
      if (t === '')
        fail(
          'empty persistence target',
          'give the artifact (run key value, service, task or account name), optionally host:artifact',
        );
      return t;
    }
    case 'party': {
      const t = target.trim();
      if (t === '')
        fail(
          'empty recipient',
          `give a counterpart id such as ${sim.model.scenario.counterparts
            .map((c) => c.id)
            .slice(0, 3)
            .join(', ')}`,
        );
      return t;
    }
    default:
      return fail(`unknown target kind ${String(action.target)}`, 'fix the scenario');
  }
}
