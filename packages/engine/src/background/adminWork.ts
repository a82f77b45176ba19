import { emitProcess } from '../emit/emitProcess.js';
import { emitRemoteLogon } from '../emit/emitRemoteLogon.js';
import type { Sim } from '../sim/Sim.js';
import { ADMIN_RATE, scheduleNext } from './scheduleSessionWork.js';
import { inSession } from './sessionContext.js';

const TOOLS: Record<string, readonly (readonly [string, string])[]> = {
  'domain-controller': [
    [
      'C:\\Windows\\System32\\mmc.exe',
      '"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\dsa.msc"',
    ],
    [
      'C:\\Windows\\System32\\mmc.exe',
      '"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\gpmc.msc"',
    ],
    [
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      'powershell.exe -Command "Get-ADUser -Filter {Enabled -eq $false} | Select-Object Name"',
    ],
  ],
  default: [
    ['C:\\Windows\\System32\\ServerManager.exe', '"C:\\Windows\\system32\\ServerManager.exe"'],
    [
      'C:\\Windows\\System32\\mmc.exe',
      '"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\eventvwr.msc" /s',
    ],
    [
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      'powershell.exe -Command "Get-Service | Where-Object {$_.Status -eq \'Stopped\'}"',
    ],
    [
      'C:\\Windows\\System32\\mmc.exe',
      '"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\services.msc"',
    ],
  ],
};

/**
 * An administrator's remote session to a server: mstsc on the workstation (4648 for the
 * saved credentials), RDP logon type 10 on the server, explorer there and a management
 * tool or two, logoff when done.
 */
export function adminWork(sim: Sim, t: number, u: number, g: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  if (!us || !um || us.gen !== g || !inSession(sim, u, t)) return;
  const stream = um.streams.admin;
  const r = sim.rng(stream);
  scheduleNext(sim, t, u, ADMIN_RATE, { k: 'admin', u, g }, stream);
  const m = sim.model;
  // Only Domain Admins administer the domain controllers; IT staff with local rights
  // work on the other servers.
  const eligible =
    um.spec.privileges === 'domain-admin'
      ? m.servers
      : m.servers.filter((h) => m.hosts[h]!.spec.role !== 'domain-controller');
  if (eligible.length === 0) return;
  const server = eligible[r.int(eligible.length)]!;
  const sm = m.hosts[server]!;
  if (server === um.host) return;
  const s = us.session!;
  const mstsc = sim.process(
    um.host,
    'C:\\Windows\\System32\\mstsc.exe',
    `"C:\\Windows\\system32\\mstsc.exe" /v:${sm.name}`,
    um.facts,
    s.logonId,
    s.explorer,
    'Medium',
  );
  emitProcess(sim, t, um.host, mstsc);
  const duration = 5 * 60_000 + r.int(40 * 60_000);
  const logonId = emitRemoteLogon(sim, t + 3_000, {
    from: um.host,
    to: server,
    user: um.facts,
    admin: true,
    type: 10,
    auth: 'kerberos',
    explicit: mstsc,
    durationMs: duration,
    bytesIn: 2_000_000 + r.int(20_000_000),
  });
  if (logonId === undefined || !sm.base) return;
  const c = t + 12_000;
  const userinit = sim.process(
    server,
    'C:\\Windows\\System32\\userinit.exe',
    'C:\\Windows\\system32\\userinit.exe',
    um.facts,
    logonId,
    sm.base.winlogon,
    'High',
  );
  emitProcess(sim, c, server, userinit, um.host);
  const explorer = sim.process(
    server,
    'C:\\Windows\\explorer.exe',
    'C:\\Windows\\Explorer.EXE',
    um.facts,
    logonId,
    userinit,
    'High',
  );
  emitProcess(sim, c + 700, server, explorer, um.host);
  const tools = TOOLS[sm.spec.role] ?? TOOLS.default!;
  const n = 1 + r.int(2);
  for (let i = 0; i < n; i++) {
    const [exe, cmd] = r.pick(tools);
    const p = sim.process(server, exe, cmd, um.facts, logonId, explorer, 'High');
    emitProcess(sim, c + 20_000 + i * r.int(duration / 2), server, p, um.host);
  }
}
