import { emitWeb } from '../emit/emitWeb.js';
import type { Sim } from '../sim/Sim.js';
import { currentC2 } from './currentC2.js';

/**
 * One C2 check-in with jitter, over the C2 currently in use (a fallback after a block).
 * A cut-off host sends nothing; a blocked C2 gets denied records and the implant backs
 * off; a killed process or cleaned host ends the beacon.
 */
export function beacon(sim: Sim, t: number, b: number): void {
  const a = sim.state.adversary;
  const bs = a.beacons[b];
  if (!bs || !bs.alive) return;
  const r = sim.rng(`adversary/beacon/${b}`);
  if (a.quietUntil > t) {
    sim.schedule(a.quietUntil + r.int(bs.every), { k: 'beacon', b });
    return;
  }
  const backoff = bs.denied > 20 ? 4 : 1;
  const gap = bs.every * backoff * (1 + bs.jitter * (2 * r.float() - 1));
  sim.schedule(t + Math.max(1000, Math.round(gap)), { k: 'beacon', b });
  if (sim.cutOff(bs.host, t)) return;
  const name = currentC2(sim, bs.c2);
  const domain = sim.model.indicators[name];
  if (domain === undefined) return;
  const outcome = emitWeb(sim, t, bs.host, bs.process, {
    domain,
    port: 443,
    scheme: 'https',
    method: bs.checkins % 3 === 0 ? 'POST' : 'GET',
    path: bs.path,
    userAgent: bs.userAgent,
    bytesOut: 180 + r.int(220),
    bytesIn: r.chance(0.1) ? 2_000 + r.int(30_000) : 60 + r.int(200),
    status: 200,
    mimeType: 'application/octet-stream',
    category: 'Uncategorized',
    sysmon3: true,
    lookup: bs.checkins % 5 === 0 || bs.resolved !== domain,
    durationMs: 60 + r.int(400),
  });
  bs.resolved = domain;
  bs.checkins++;
  bs.denied = outcome === 'ok' ? 0 : bs.denied + 1;
}
