import { sysmon11 } from '../telemetry/index.js';
import { emitRemoteLogon } from '../emit/emitRemoteLogon.js';
import { durationMs } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { credentialFailure } from './credentialFailure.js';
import { fileFacts } from './fileFacts.js';
import type { StepOf } from './runHostSteps.js';
import { resolveHost } from './resolveHost.js';
import { resolveProcess } from './resolveProcess.js';
import type { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

const BEACON_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

/** Starts C2 check-ins from a process; the first comes a few seconds later. */
export function runBeacon(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'beacon'>,
  sc: Scope,
): StepResult {
  const p = resolveProcess(sim, ctx, s.process);
  if (!p || sim.cutOff(p.host, t)) return { t, ok: false, reason: 'host cut off' };
  const a = sim.state.adversary;
  const b = a.beacons.length;
  a.beacons.push({
    stage: ctx.stage,
    host: p.host,
    user: ctx.user,
    process: p.proc,
    c2: s.c2,
    every: Math.max(1000, durationMs(s.every)),
    jitter: s.jitter,
    path: s.path !== undefined ? sc.render(s.path) : '/api/v2/status',
    userAgent: s.userAgent !== undefined ? sc.render(s.userAgent) : BEACON_UA,
    startedAt: t,
    alive: true,
    endedAt: -1,
    endReason: '',
    checkins: 0,
    denied: 0,
    resolved: '',
  });
  sim.schedule(t + 1500 + sim.rng(`${ctx.stream}/beacon`).int(4000), { k: 'beacon', b });
  return { t: t + 10, ok: true };
}

/** Copies data from a host into a staging archive (SMB session, Sysmon 11). */
export function runStageData(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'stage-data'>,
  sc: Scope,
): StepResult {
  const p = resolveProcess(sim, ctx, s.process);
  const host = p?.host ?? ctx.host;
  if (sim.cutOff(host, t)) return { t, ok: false, reason: 'host cut off' };
  const from = resolveHost(sim.model, sc.render(s.from));
  let c = t;
  if (from >= 0 && from !== host) {
    const failure = credentialFailure(sim, ctx, ctx.account.name);
    const logon = emitRemoteLogon(sim, c, {
      from: host,
      to: from,
      user: ctx.account,
      admin: ctx.user >= 0 ? (sim.model.users[ctx.user]?.admin ?? false) : false,
      type: 3,
      auth: 'kerberos',
      explicit: null,
      durationMs: 60_000 + Math.round(s.bytes / 4_000),
      bytesIn: s.bytes,
      ...(failure !== undefined ? { failure } : {}),
    });
    if (logon === undefined) return { t: c + 10, ok: false, reason: failure ?? 'host cut off' };
    c += 60_000 + Math.round(s.bytes / 4_000);
  }
  const path = sc.render(s.path);
  const hm = sim.model.hosts[host];
  if (hm?.windows && p) {
    sim.emit(
      c,
      sysmon11(sim.meta(c, host, 'sysmon'), hm.facts, p.proc, fileFacts(path, undefined, s.bytes)),
      ctx.host,
    );
  }
  sim.state.adversary.staged.push({
    host,
    at: c,
    stage: ctx.stage,
    removedAt: -1,
    removedBy: '',
    path,
    bytes: s.bytes,
  });
  return { t: c + 5, ok: true };
}

/** Starts sending staged data out in chunks; the sequence resumes after the last chunk. */
export function runExfiltrate(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'exfiltrate'>,
  sc: Scope,
  step: number,
): StepResult {
  const p = resolveProcess(sim, ctx, s.process);
  if (!p || sim.cutOff(p.host, t)) return { t, ok: false, reason: 'host cut off' };
  const a = sim.state.adversary;
  let bytes = 0;
  for (const st of a.staged) if (st.removedAt < 0) bytes += st.bytes;
  const x = a.exfils.length;
  a.exfils.push({
    stage: ctx.stageIndex,
    step,
    host: p.host,
    process: p.proc,
    c2: s.c2,
    chunks: s.chunks,
    every: Math.max(1000, durationMs(s.every)),
    path: s.path !== undefined ? sc.render(s.path) : '/upload',
    ids: s.idsSignature ?? '',
    sent: 0,
    ok: 0,
    bytesPerChunk: Math.max(1, Math.round((bytes || 50_000_000) / s.chunks)),
    resolved: '',
  });
  sim.schedule(t + 2000, { k: 'exfil', x });
  return { t, ok: true, wait: true };
}
