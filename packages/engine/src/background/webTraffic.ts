import { emitInbound } from '../steps/runNetworkSteps.js';
import { intToIp, isReserved } from '../model/ipv4.js';
import type { Sim } from '../sim/Sim.js';
import { rateOf } from './scheduleSessionWork.js';

/**
 * Visitors to the public web server: requests at the configured rate, busier in local
 * daytime, from a stable population of visitor addresses; schedules the next request.
 */
export function webTraffic(sim: Sim, t: number): void {
  const wt = sim.model.scenario.background.webTraffic;
  const server = sim.model.webServer;
  if (!wt || server < 0) return;
  const r = sim.rng('bg/web');
  const rate = rateOf(wt.rate);
  if (rate <= 0) return;
  sim.schedule(t + 1 + Math.round(r.exponential(1 / (rate * 1.4))), { k: 'web' });
  const hour = Math.floor(sim.model.calendar.localMinute(t) / 60);
  const busy = hour >= 8 && hour < 20 ? 1 : 0.3;
  if (!r.chance(busy / 1.4)) return;
  if (sim.cutOff(server, t)) return;
  let ip = 0x5b000000 + r.int(2000) * 7919;
  while (isReserved(ip >>> 0)) ip += 0x01000000;
  const path = r.pick(wt.paths);
  const missing = r.chance(0.03);
  emitInbound(sim, t, server, {
    sourceIp: intToIp(ip >>> 0),
    method: 'GET',
    path: missing ? `${path.replace(/\/$/, '')}/old-page.html` : path,
    status: missing ? 404 : r.chance(0.1) ? 304 : 200,
    userAgent: r.pick(wt.userAgents),
    bytes: missing ? 512 : 3_000 + r.int(120_000),
  });
}
