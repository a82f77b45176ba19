import { emitProcess } from '../emit/emitProcess.js';
import { emitWeb } from '../emit/emitWeb.js';
import type { Sim } from '../sim/Sim.js';
import { userAgentFor } from '../telemetry/userAgentFor.js';
import { browserOf } from './interactiveLogon.js';
import { rateOf, scheduleNext } from './scheduleSessionWork.js';
import { atLunch, inSession } from './sessionContext.js';

const PATHS = [
  '/',
  '/',
  '/',
  '/en/',
  '/search',
  '/news/',
  '/login',
  '/docs/',
  '/assets/app.js',
  '/api/v1/config',
];

/**
 * A page visit: the browser starts on first use (under explorer), then DNS, proxy and
 * firewall records for a popular site (the most popular are visited most).
 */
export function browse(sim: Sim, t: number, u: number, g: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  if (!us || !um || us.gen !== g || !inSession(sim, u, t)) return;
  const bg = sim.model.scenario.background;
  const stream = um.streams.browse;
  const r = sim.rng(stream);
  scheduleNext(sim, t, u, rateOf(bg.browsing.rate), { k: 'browse', u, g }, stream);
  if (atLunch(sim, t) && r.chance(0.6)) return;
  const s = us.session!;
  if (!s.browser) {
    const exe = browserOf(sim, u);
    s.browser = sim.process(
      um.host,
      exe,
      `"${exe}" `,
      um.facts,
      s.logonId,
      s.explorer,
      'Medium',
      undefined,
      `C:\\Users\\${um.name}\\`,
    );
    emitProcess(sim, t, um.host, s.browser);
    t += 400;
  }
  const domains = sim.model.popularDomains;
  const x = r.float();
  const domain = domains[Math.floor(x * x * domains.length)] as string;
  emitWeb(sim, t, um.host, s.browser, {
    domain,
    port: 443,
    scheme: 'https',
    method: 'GET',
    path: r.pick(PATHS),
    userAgent: userAgentFor(
      s.browser.executable,
      bg.browsing.userAgents[um.index % bg.browsing.userAgents.length] as string,
      bg.browsing.userAgents,
    ),
    bytesOut: 200 + r.int(800),
    bytesIn: 5_000 + r.int(300_000),
    status: r.chance(0.04) ? 304 : 200,
    mimeType: 'text/html',
    sysmon3: false,
    lookup: true,
    durationMs: 80 + r.int(2_500),
    user: um.name,
  });
}
