import {
  security4624,
  security4625,
  security4672,
  security4768,
  security4769,
  security4771,
  type LogonFacts,
} from '../telemetry/index.js';
import { emitProcess } from '../emit/emitProcess.js';
import { kerberos } from '../emit/kerberos.js';
import type { Sim } from '../sim/Sim.js';
import { scheduleSessionWork } from './scheduleSessionWork.js';

const BROWSERS = [
  ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'msedge'],
  ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'chrome'],
] as const;

/** The browser image a user uses (most use Edge, some Chrome; fixed per person). */
export function browserOf(sim: Sim, u: number): string {
  const name = sim.model.users[u]?.name ?? '';
  return (BROWSERS[name.length % 4 === 0 ? 1 : 0] as readonly [string, string])[0];
}

/**
 * A morning logon at the workstation: a mistyped password now and then (4771, 4625),
 * Kerberos TGT and service ticket on the DC (4768, 4769), 4624 type 2 (and 4672 for
 * admins), then userinit → explorer → OneDrive, Teams, Outlook. Opens the session and
 * schedules the day's work.
 */
export function interactiveLogon(sim: Sim, t: number, u: number, until: number): void {
  const m = sim.model;
  const um = m.users[u];
  const us = sim.state.users[u];
  const hm = um ? m.hosts[um.host] : undefined;
  if (!um || !us || !hm || us.session || sim.cutOff(um.host, t)) return;
  const r = sim.rng(um.streams.logon);
  // An isolated DC cannot be reached: Windows falls back to cached credentials (no DC records).
  const dc = sim.cutOff(m.dc, t) ? undefined : m.hosts[m.dc];
  const logonFacts = (logonId: string): LogonFacts => ({
    logonId,
    type: 2,
    authPackage: 'Negotiate',
    logonProcess: 'User32',
    sourceHost: hm.spec.name.toUpperCase(),
    sourceIp: '127.0.0.1',
    sourcePort: 0,
    elevated: um.admin,
    process: { pid: hm.base!.winlogon.pid, executable: hm.base!.winlogon.executable },
  });
  let c = t;
  const port = sim.port(um.host);
  if (us.disabled || r.chance(m.scenario.background.logonFailures)) {
    const failure = us.disabled ? 'account-disabled' : 'bad-password';
    if (dc) {
      sim.emit(
        c,
        security4771(
          sim.meta(c, m.dc, 'security'),
          dc.facts,
          kerberos(um.facts, 'krbtgt', hm.spec.ip, port, failure),
        ),
        um.host,
      );
    }
    sim.emit(
      c + 30,
      security4625(
        sim.meta(c + 30, um.host, 'security'),
        hm.facts,
        um.facts,
        logonFacts('0x0'),
        failure,
      ),
      um.host,
    );
    if (us.disabled) return;
    c += 5_000 + r.int(30_000);
  }
  if (dc) {
    sim.emit(
      c,
      security4768(
        sim.meta(c, m.dc, 'security'),
        dc.facts,
        kerberos(um.facts, 'krbtgt', hm.spec.ip, sim.port(um.host), 'ok'),
      ),
      um.host,
    );
    sim.emit(
      c + 4,
      security4769(
        sim.meta(c + 4, m.dc, 'security'),
        dc.facts,
        kerberos(um.facts, hm.machine.name, hm.spec.ip, sim.port(um.host), 'ok', hm.machine.sid),
      ),
      um.host,
    );
  }
  const logonId = sim.logonId(um.host);
  const lf = logonFacts(logonId);
  c += 25;
  sim.emit(c, security4624(sim.meta(c, um.host, 'security'), hm.facts, um.facts, lf), um.host);
  if (um.admin)
    sim.emit(c, security4672(sim.meta(c, um.host, 'security'), hm.facts, um.facts, lf), um.host);
  const home = `C:\\Users\\${um.name}\\`;
  const start = (dt: number, exe: string, cmd: string, parent: Parameters<Sim['process']>[5]) => {
    const p = sim.process(um.host, exe, cmd, um.facts, logonId, parent, 'Medium', undefined, home);
    emitProcess(sim, c + dt, um.host, p);
    return p;
  };
  const userinit = start(
    400,
    'C:\\Windows\\System32\\userinit.exe',
    'C:\\Windows\\system32\\userinit.exe',
    hm.base!.winlogon,
  );
  const explorer = start(900, 'C:\\Windows\\explorer.exe', 'C:\\Windows\\Explorer.EXE', userinit);
  start(
    6_000,
    `${home}AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe`,
    `"${home}AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe" /background`,
    explorer,
  );
  start(
    7_500,
    `${home}AppData\\Local\\Microsoft\\WindowsApps\\ms-teams.exe`,
    `"${home}AppData\\Local\\Microsoft\\WindowsApps\\ms-teams.exe" msteams:system-initiated`,
    explorer,
  );
  const outlook = start(
    25_000 + r.int(120_000),
    'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE',
    '"C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE" ',
    explorer,
  );
  us.gen++;
  us.session = { logonId, at: t, until, explorer, browser: null, outlook };
  sim.schedule(until, { k: 'logoff', u });
  scheduleSessionWork(sim, c + 60_000, u);
}
