import { emitRemoteLogon } from '../emit/emitRemoteLogon.js';
import type { Sim } from '../sim/Sim.js';
import { rateOf, scheduleNext } from './scheduleSessionWork.js';
import { inSession } from './sessionContext.js';

/** Opening a file share: Kerberos 4769 for cifs/, 4624 type 3 on the server, SMB, 4634. */
export function fileShare(sim: Sim, t: number, u: number, i: number, g: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  const fs = sim.model.scenario.background.fileShares[i];
  if (!us || !um || !fs || us.gen !== g || !inSession(sim, u, t)) return;
  const stream = `bg/${um.name}/share/${i}`;
  const r = sim.rng(stream);
  scheduleNext(sim, t, u, rateOf(fs.rate), { k: 'share', u, i, g }, stream);
  const server = sim.model.hostByName.get(fs.server.toLowerCase());
  if (server === undefined || server === um.host) return;
  emitRemoteLogon(sim, t, {
    from: um.host,
    to: server,
    user: um.facts,
    admin: false,
    type: 3,
    auth: 'kerberos',
    explicit: null,
    durationMs: 30_000 + r.int(15 * 60_000),
    bytesIn: 20_000 + r.int(5_000_000),
  });
}
