import { emitWeb } from '../emit/emitWeb.js';
import type { Sim } from '../sim/Sim.js';
import { currentC2 } from './currentC2.js';
import { continueStage } from './stageStep.js';

/**
 * One chunk of exfiltration over the current C2 (a POST to the proxy and firewall, an IDS
 * alert on the first). Chunks that get through count as data exfiltrated; a cut-off host
 * holds the rest back until it can send. After the last chunk the stage goes on.
 */
export function exfiltrate(sim: Sim, t: number, x: number): void {
  const a = sim.state.adversary;
  const ex = a.exfils[x];
  if (!ex) return;
  const r = sim.rng(`adversary/exfil/${x}`);
  if (a.quietUntil > t) {
    sim.schedule(a.quietUntil + r.int(ex.every), { k: 'exfil', x });
    return;
  }
  const st = a.stages[ex.stage];
  if (st && st.status === 'failed') return;
  const gap = Math.round(ex.every * (0.8 + 0.4 * r.float()));
  if (sim.cutOff(ex.host, t)) {
    sim.schedule(t + gap, { k: 'exfil', x });
    return;
  }
  const domain = sim.model.indicators[currentC2(sim, ex.c2)];
  const outcome =
    domain === undefined
      ? 'denied-domain'
      : emitWeb(sim, t, ex.host, ex.process, {
          domain,
          port: 443,
          scheme: 'https',
          method: 'POST',
          path: ex.path,
          userAgent:
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
          bytesOut: ex.bytesPerChunk,
          bytesIn: 200 + r.int(300),
          status: 200,
          mimeType: 'application/octet-stream',
          category: 'Uncategorized',
          sysmon3: true,
          lookup: ex.resolved !== domain,
          durationMs: 2_000 + Math.round(ex.bytesPerChunk / 2_000),
          ...(ex.sent === 0 && ex.ids !== '' ? { ids: ex.ids } : {}),
        });
  if (domain !== undefined) ex.resolved = domain;
  ex.sent++;
  if (outcome === 'ok') {
    ex.ok++;
    a.exfiltratedBytes += ex.bytesPerChunk;
    if (a.exfiltratedAt < 0) a.exfiltratedAt = t;
  }
  if (ex.sent < ex.chunks) {
    sim.schedule(t + gap, { k: 'exfil', x });
    return;
  }
  if (st && ex.stage >= 0) continueStage(sim, t + 1_000, ex.stage, ex.step + 1);
}
