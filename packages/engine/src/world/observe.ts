import { downtimeAt } from '../response/refreshServices.js';
import type { Sim } from '../sim/Sim.js';
import type { Observation } from './Observation.js';

/** The team's view of its world (copies: callers cannot change the world through it). */
export function observe(sim: Sim): Observation {
  const m = sim.model;
  const now = sim.state.now;
  const down = downtimeAt(sim, now);
  return {
    now,
    hosts: m.hosts.map((h) => {
      const hs = sim.state.hosts[h.index]!;
      return {
        name: h.name,
        ip: h.spec.ip,
        role: h.spec.role,
        os: h.spec.os,
        segment: h.spec.segment,
        criticality: h.spec.criticality,
        isolated: hs.isolated,
        restoring: hs.restoringUntil > now,
        patched: hs.patched,
      };
    }),
    users: m.users.map((u) => {
      const us = sim.state.users[u.index]!;
      return {
        username: u.name,
        name: u.spec.name,
        department: u.spec.department,
        privileges: u.spec.privileges,
        disabled: us.disabled,
        passwordResetAt: us.resetAt >= 0 ? us.resetAt : null,
      };
    }),
    services: m.scenario.organisation.services.map((s, i) => ({
      id: s.id,
      up: down[i]?.up ?? true,
      downtimeMs: down[i]?.downtimeMs ?? 0,
      hosts: s.hosts,
    })),
    actions: sim.state.defence.actions.map((a) => ({ ...a })),
    evidence: sim.state.defence.evidence.map((e) => ({
      ...e,
      artefacts: e.artefacts.map((x) => ({ ...x, values: [...x.values] })),
    })),
    blocked: {
      ips: [...sim.state.defence.blockedIps],
      domains: [...sim.state.defence.blockedDomains],
    },
    injects: sim.state.injects
      .map((s, i) => ({ id: s.id, from: m.scenario.injects[i]!.from, at: s.firedAt }))
      .filter((x) => x.at >= 0),
  };
}
