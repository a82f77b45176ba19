import type { WorldModel } from '../model/WorldModel.js';
import type { WorldState } from '../state/WorldState.js';

/** The state of a world at sim time 0: nobody logged on, nothing compromised or contained. */
export function initialState(m: WorldModel): WorldState {
  return {
    now: 0,
    events: 0,
    hosts: m.hosts.map((h) => ({
      serial: 0,
      pid: 2000 + (h.seed % 2000) * 4,
      logons: 0,
      sec: 100_000 + (h.seed % 900_000),
      sys: 10_000 + ((h.seed >>> 8) % 90_000),
      port: 49_152 + (h.seed % 12_000),
      isolated: false,
      patched: false,
      restoringUntil: -1,
    })),
    users: m.users.map(() => ({ session: null, gen: 0, disabled: false, resetAt: -1 })),
    adversary: {
      stages: m.scenario.adversary.stages.map((s) => ({
        id: s.id,
        status: 'pending',
        actor: -1,
        host: -1,
        user: -1,
        picked: [],
        startedAt: -1,
        doneAt: -1,
        runs: 0,
        waits: 0,
        reason: '',
        refs: {},
        last: null,
      })),
      c2Alias: {},
      footholds: [],
      credentials: [],
      persistence: [],
      malware: [],
      staged: [],
      exfiltratedBytes: 0,
      exfiltratedAt: -1,
      beacons: [],
      exfils: [],
      processes: [],
      quietUntil: -1,
      reacted: [],
    },
    defence: {
      actions: [],
      blockedIps: [],
      blockedDomains: [],
      evidence: [],
      services: m.scenario.organisation.services.map((s) => ({
        id: s.id,
        downSince: -1,
        downtimeMs: 0,
      })),
    },
    injects: m.scenario.injects.map((i) => ({ id: i.id, firedAt: -1 })),
  };
}
