import { security4634, type LogonFacts } from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';

/** Ends the day's session: 4634 with the logon id of the morning's 4624. */
export function logoff(sim: Sim, t: number, u: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  const s = us?.session;
  if (!us || !um || !s) return;
  us.session = null;
  const hm = sim.model.hosts[um.host];
  if (!hm || sim.cutOff(um.host, t)) return;
  const logon: LogonFacts = {
    logonId: s.logonId,
    type: 2,
    authPackage: 'Negotiate',
    logonProcess: 'User32',
    elevated: um.admin,
  };
  sim.emit(t, security4634(sim.meta(t, um.host, 'security'), hm.facts, um.facts, logon), um.host);
}
