import { beforeAll, describe, expect, it } from 'vitest';
import type { EcsEvent, Scenario } from '@kunren/domain';
import { expandOrganisation } from '@kunren/domain';
import { field, FLAGSHIP_FILE, HOUR, run, scenarioAt } from './worldFixture.js';

/**
 * Realism checks a trained analyst would make on the flagship's telemetry (the first 20 h
 * of seed 1: a working day with the credential dump in the evening).
 */
let scenario: Scenario;
let events: EcsEvent[];

beforeAll(async () => {
  scenario = await scenarioAt(FLAGSHIP_FILE);
  events = run(scenario, 1, 'team-a', 20 * HOUR).events;
}, 120_000);

const code = (e: EcsEvent) => field(e, 'event.code');
const data = (e: EcsEvent, k: string) => field(e, `winlog.event_data.${k}`) as string | undefined;

describe('flagship telemetry realism (seed 1, first 20 h)', () => {
  it('office staff who are only local admins of their own PC never RDP to servers', () => {
    const org = expandOrganisation(scenario.organisation);
    const users = new Map(org.users.map((u) => [u.username, u]));
    const hosts = new Map(org.hosts.map((h) => [h.name, h]));
    const zone = new Map(scenario.organisation.segments.map((s) => [s.id, s.zone]));
    const offenders = new Set<string>();
    let rdpToServers = 0;
    for (const e of events) {
      if (code(e) !== '4624' || data(e, 'LogonType') !== '10') continue;
      const host = hosts.get(field(e, 'host.name') as string);
      const user = users.get(data(e, 'TargetUserName') ?? '');
      if (!host || !user || host.role === 'workstation' || host.role === 'laptop') continue;
      rdpToServers++;
      const ws = hosts.get(user.workstation ?? '');
      const adminPc = ws !== undefined && zone.get(ws.segment) === 'management';
      // local admins of their own office PC have no rights on servers; only Domain Admins
      // administer the domain controllers (IT staff's routines in the scenario may RDP to
      // other servers: those are scenario content, not the engine's admin work)
      const officeLocalAdmin = user.privileges === 'local-admin' && !adminPc;
      const allowed =
        !officeLocalAdmin &&
        (host.role !== 'domain-controller' || user.privileges === 'domain-admin');
      if (!allowed) offenders.add(`${user.username} (${user.privileges}) → ${host.name}`);
    }
    expect(rdpToServers).toBeGreaterThan(0);
    expect([...offenders].sort()).toEqual([]);
  });

  it('a browser user agent in the proxy log names a browser that runs on that host', () => {
    const started = new Map<string, Set<string>>();
    for (const e of events) {
      if (code(e) !== '1') continue;
      const ip = (field(e, 'host.ip') as string[] | undefined)?.[0] ?? '';
      const set = started.get(ip) ?? new Set<string>();
      set.add(String(field(e, 'process.name')).toLowerCase());
      started.set(ip, set);
    }
    const browserOf = (ua: string) => {
      if (/ (OPR|Teams)\//.test(ua)) return undefined;
      if (/ Edg\//.test(ua)) return 'msedge.exe';
      if (/ Firefox\//.test(ua)) return 'firefox.exe';
      return / Chrome\//.test(ua) ? 'chrome.exe' : undefined;
    };
    const wrong = new Map<string, number>();
    let browserRequests = 0;
    for (const e of events) {
      if (field(e, 'event.dataset') !== 'squid.log') continue;
      const browser = browserOf(String(field(e, 'user_agent.original')));
      if (!browser) continue;
      browserRequests++;
      const ip = String(field(e, 'source.ip'));
      if (!started.get(ip)?.has(browser)) {
        const k = `${browser} UA from a host without ${browser}`;
        wrong.set(k, (wrong.get(k) ?? 0) + 1);
      }
    }
    expect(browserRequests).toBeGreaterThan(1000);
    expect(Object.fromEntries(wrong)).toEqual({});
  });

  it('the comsvcs MiniDump command line names the PID that Sysmon 10 shows for lsass.exe', () => {
    const dumps = events.filter(
      (e) => code(e) === '1' && /MiniDump/.test(String(field(e, 'process.command_line'))),
    );
    expect(dumps.length).toBeGreaterThan(0);
    for (const d of dumps) {
      const host = field(d, 'host.name');
      const pid = /MiniDump (\d+) /.exec(String(field(d, 'process.command_line')))?.[1];
      const access = events.find(
        (e) =>
          code(e) === '10' &&
          field(e, 'host.name') === host &&
          String(data(e, 'TargetImage')).toLowerCase().endsWith('\\lsass.exe'),
      );
      expect(access).toBeDefined();
      expect(pid).toBe(data(access!, 'TargetProcessId'));
    }
  });
});
