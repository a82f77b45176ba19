import type { Artefact } from '../state/DefenceState.js';
import type { Sim } from '../sim/Sim.js';
import { currentC2 } from '../adversary/currentC2.js';

/**
 * What evidence collection finds on a host at `t`: memory shows implant processes and their
 * C2 configuration; disk shows implant files, persistence and staged archives; triage shows
 * persistence, the adversary's process executions and logons with stolen credentials.
 */
export function collectEvidence(sim: Sim, t: number, kind: string, host: number): Artefact[] {
  const a = sim.state.adversary;
  const m = sim.model;
  const out: Artefact[] = [];
  const memory = kind === 'collect-memory';
  const disk = kind === 'collect-disk';
  if (memory) {
    for (const b of a.beacons) {
      if (!b.alive || b.host !== host) continue;
      const p = b.process;
      out.push({
        kind: 'process',
        detail: `implant ${p.name} pid ${p.pid} running as ${p.user.name}: ${p.commandLine}`,
        values: [String(p.pid), p.executable, p.hashes.sha256],
      });
      const c2 = m.indicators[currentC2(sim, b.c2)] ?? '';
      out.push({
        kind: 'c2-config',
        detail: `C2 configuration in ${p.name}: https://${c2}${b.path} every ${Math.round(b.every / 1000)}s ±${Math.round(b.jitter * 100)}%`,
        values: [c2, m.resolve(c2), b.userAgent],
      });
    }
  }
  if (disk) {
    for (const x of a.malware) {
      if (x.host !== host || x.removedAt >= 0) continue;
      out.push({
        kind: 'file',
        detail: `implant file ${x.path} (SHA-256 ${x.sha256})`,
        values: [x.path, x.sha256],
      });
    }
    for (const s of a.staged) {
      if (s.host !== host || s.removedAt >= 0) continue;
      out.push({
        kind: 'staged-archive',
        detail: `archive ${s.path} (${s.bytes} bytes)`,
        values: [s.path, String(s.bytes)],
      });
    }
  }
  for (const p of a.persistence) {
    if (p.host !== host || p.removedAt >= 0) continue;
    out.push({
      kind: 'persistence',
      detail: `${p.kind} persistence: ${p.artifact}`,
      values: [p.artifact],
    });
  }
  if (!memory && !disk) {
    for (const p of a.processes) {
      if (p.host !== host || p.at > t) continue;
      out.push({
        kind: 'process',
        detail: `prefetch/amcache: ${p.process.executable} run by ${p.process.user.name}: ${p.process.commandLine}`,
        values: [p.process.executable, p.process.hashes.sha256],
      });
    }
    for (const c of a.credentials) {
      out.push({
        kind: 'logon',
        detail: `credential of ${c.user} cached in LSASS was accessible`,
        values: [c.user],
      });
    }
  }
  if (out.length === 0) out.push({ kind: 'none', detail: 'nothing malicious found', values: [] });
  return out;
}
