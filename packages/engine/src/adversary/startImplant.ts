import { emitProcess } from '../emit/emitProcess.js';
import { SYSTEM_USER } from '../model/userFacts.js';
import type { Sim } from '../sim/Sim.js';
import type { ProcessRef } from '../telemetry/index.js';

/**
 * The adversary's persistence fires on a host: the implant starts again (under explorer
 * for a run key, services.exe for a service, the task scheduler for a task) and beacons
 * like the last implant did. False when nothing can run: no live persistence, the file was
 * quarantined, the host is cut off, or an implant already beacons there.
 */
export function startImplant(sim: Sim, t: number, host: number, why: string): boolean {
  const a = sim.state.adversary;
  const m = sim.model;
  const hm = m.hosts[host];
  if (!hm || sim.cutOff(host, t)) return false;
  const pers = [...a.persistence]
    .reverse()
    .find((p) => p.host === host && p.removedAt < 0 && p.kind !== 'account');
  if (!pers) return false;
  if (a.beacons.some((b) => b.alive && b.host === host)) return false;
  const template =
    [...a.beacons].reverse().find((b) => b.host === host) ?? a.beacons[a.beacons.length - 1];
  if (!template) return false;
  const malware = [...a.malware].reverse().find((x) => x.host === host);
  if (malware && malware.removedAt >= 0) return false;
  const prior = [...a.processes]
    .reverse()
    .find((p) => p.host === host && p.process.entityId === template.process.entityId);
  const exe = malware?.path ?? (template.host === host ? template.process.executable : undefined);
  if (exe === undefined) return false;
  const cmd = prior && prior.process.executable === exe ? prior.process.commandLine : `"${exe}"`;
  let parent: ProcessRef | undefined;
  let user = SYSTEM_USER;
  let logonId = '0x3e7';
  if (pers.kind === 'run-key') {
    const owner = hm.spec.owner !== undefined ? m.userByName.get(hm.spec.owner) : undefined;
    const session = owner !== undefined ? sim.state.users[owner]?.session : null;
    if (owner !== undefined) user = m.users[owner]!.facts;
    if (session) {
      parent = session.explorer;
      logonId = session.logonId;
    }
  } else if (pers.kind === 'service') parent = hm.base?.services;
  else parent = hm.base?.schedule;
  const proc = sim.process(
    host,
    exe,
    cmd,
    user,
    logonId,
    parent,
    user === SYSTEM_USER ? 'System' : 'Medium',
    malware?.sha256,
  );
  emitProcess(sim, t, host, proc);
  a.processes.push({ host, process: proc, at: t, stage: `reaction:${why}`, alive: true });
  const b = a.beacons.length;
  a.beacons.push({
    ...template,
    stage: `reaction:${why}`,
    host,
    process: proc,
    startedAt: t,
    alive: true,
    endedAt: -1,
    endReason: '',
    checkins: 0,
    denied: 0,
    resolved: '',
  });
  sim.schedule(t + 2_000 + sim.rng(`adversary/beacon/${b}`).int(5_000), { k: 'beacon', b });
  return true;
}
