import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as t from '../src/telemetry/index.js';
import type { ProcessFacts, UserFacts } from '../src/telemetry/index.js';
import { validateEcs } from './ecsCheck.js';
import {
  c2Connection,
  dnsLookup,
  firewall,
  interactiveLogon,
  alice,
  lsass,
  meta,
  powershell,
  system,
  winword,
  workstation,
} from './telemetryFixtures.js';

type Doc = Record<string, unknown>;
/** The value at a dotted path of a nested record. */
function at(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const k of path.split('.')) cur = (cur as Doc | undefined)?.[k];
  return cur;
}

const user = fc.oneof(
  fc.constant(system),
  fc.record({
    name: fc.stringMatching(/^[a-z][a-z0-9.]{1,12}$/),
    domain: fc.constantFrom('MOFA', 'WS-FIN-012'),
    sid: fc.integer({ min: 1000, max: 99_999 }).map((r) => `S-1-5-21-1-2-3-${r}`),
  }),
);

const pathSeg = fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/);
const processFacts: fc.Arbitrary<ProcessFacts> = fc
  .record({
    pid: fc.integer({ min: 4, max: 65_532 }).map((n) => n - (n % 4)),
    parentPid: fc.integer({ min: 4, max: 65_532 }),
    dir: fc.array(pathSeg, { minLength: 1, maxLength: 3 }),
    exe: pathSeg,
    args: fc.array(fc.stringMatching(/^[-/A-Za-z0-9 ]{0,12}$/), { maxLength: 4 }),
    user,
    logonId: fc.integer({ min: 0x3e7, max: 0xffffff }).map((n) => '0x' + n.toString(16)),
    integrity: fc.constantFrom('Low', 'Medium', 'High', 'System' as const),
  })
  .map(({ pid, parentPid, dir, exe, args, user: u, logonId, integrity }) => {
    const executable = 'C:\\' + dir.join('\\') + '\\' + exe + '.exe';
    const quoted = args.map((a) => (a.includes(' ') || a === '' ? `"${a}"` : a));
    const commandLine = [`"${executable}"`, ...quoted].join(' ');
    return {
      pid,
      entityId: `{5b3e6c2a-0000-65ec-${pid.toString(16).padStart(4, '0')}-000000001200}`,
      executable,
      name: exe + '.exe',
      commandLine,
      args: [executable, ...args],
      workingDirectory: 'C:\\Windows\\system32\\',
      hashes: { sha256: 'ab'.repeat(32) },
      integrity,
      user: u as UserFacts,
      logonId,
      parent: { ...winword, pid: parentPid },
    };
  });

describe('one process in Sysmon 1 and Security 4688', () => {
  it('agrees on pid, image, command line, parent, user, host and time (property)', () => {
    fc.assert(
      fc.property(processFacts, fc.integer({ min: 0, max: 3 * 86_400_000 }), (p, simMs) => {
        const s1 = t.sysmon1(meta('a', simMs), workstation, p);
        const s4688 = t.security4688(meta('b', simMs), workstation, p);
        for (const f of [
          '@timestamp',
          'host.name',
          'process.pid',
          'process.executable',
          'process.name',
          'process.command_line',
          'process.parent.pid',
          'process.parent.executable',
          'process.parent.name',
        ]) {
          expect(at(s4688, f), f).toEqual(at(s1, f));
        }
        expect(at(s1, 'process.entity_id')).toBe(p.entityId);
        expect(at(s1, 'process.parent.entity_id')).toBe(p.parent?.entityId);
        // LocalSystem is `NT AUTHORITY\SYSTEM` in Sysmon and the machine account in Security;
        // both carry its SID. Other accounts agree by name and domain.
        if (p.user.sid === 'S-1-5-18') {
          expect(at(s4688, 'user.id')).toBe('S-1-5-18');
          expect(at(s1, 'user.id')).toBe('S-1-5-18');
          expect(at(s4688, 'user.name')).toBe('WS-FIN-012$');
        } else {
          expect(at(s4688, 'user.name')).toBe(at(s1, 'user.name'));
          expect(at(s4688, 'user.domain')).toBe(at(s1, 'user.domain'));
          expect(at(s4688, 'user.id')).toBe(p.user.sid);
        }
        expect(at(s4688, 'winlog.event_data.SubjectLogonId')).toBe(
          at(s1, 'winlog.event_data.LogonId'),
        );
        expect(validateEcs(s1)).toEqual([]);
        expect(validateEcs(s4688)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the fixture powershell under WINWORD agrees field by field', () => {
    const s1 = t.sysmon1(meta('a'), workstation, powershell);
    const s4688 = t.security4688(meta('b'), workstation, powershell);
    expect(at(s4688, 'process.parent.pid')).toBe(7316);
    expect(at(s1, 'process.parent.pid')).toBe(7316);
    expect(at(s4688, 'winlog.event_data.ProcessId')).toBe('0x1c94');
    expect(at(s1, 'user.name')).toBe('tanaka.k');
    expect(at(s4688, 'user.name')).toBe('tanaka.k');
  });
});

describe('records that link across events and sources', () => {
  it('4624 and 4634 of one session share TargetLogonId and logon type', () => {
    const on = t.security4624(meta('a', 1000), workstation, alice, interactiveLogon);
    const off = t.security4634(meta('b', 9000), workstation, alice, interactiveLogon);
    expect(at(on, 'winlog.event_data.TargetLogonId')).toBe('0x5a3f21');
    expect(at(off, 'winlog.event_data.TargetLogonId')).toBe('0x5a3f21');
    expect(at(off, 'winlog.logon.id')).toBe('0x5a3f21');
    expect(at(on, 'winlog.logon.type')).toBe(at(off, 'winlog.logon.type'));
  });

  it('Sysmon 22 and zeek.dns of one lookup agree on question and resolved addresses', () => {
    const s22 = t.sysmon22(meta('a'), workstation, powershell, dnsLookup);
    const z = t.zeekDns(meta('b'), 'sensor01', dnsLookup);
    expect(at(s22, 'dns.question.name')).toBe(at(z, 'dns.question.name'));
    expect(at(s22, 'dns.resolved_ip')).toEqual(at(z, 'dns.resolved_ip'));
    expect(at(s22, 'dns.question.registered_domain')).toBe('example.net');
    expect(at(z, 'source.ip')).toBe(workstation.ip);
  });

  it('Sysmon 3, the firewall and the sensor agree on the flow', () => {
    const s3 = t.sysmon3(meta('a'), workstation, powershell, c2Connection, true);
    const fw = t.firewallTraffic(meta('b'), firewall, c2Connection);
    const z = t.zeekConnection(meta('c'), 'sensor01', c2Connection);
    for (const f of ['source.ip', 'source.port', 'destination.ip', 'destination.port']) {
      expect(at(fw, f), f).toEqual(at(s3, f));
      expect(at(z, f), f).toEqual(at(s3, f));
    }
    expect(at(s3, 'network.community_id')).toBe(at(fw, 'network.community_id'));
    expect(at(s3, 'destination.domain')).toBe(at(fw, 'destination.domain'));
  });

  it('Sysmon 10 on lsass names the PID that writes the Security log', () => {
    const pids = t.hostServicePids(workstation);
    const lsassHere = { ...lsass, pid: pids.lsass };
    const s10 = t.sysmon10(meta('a'), workstation, powershell, lsassHere, '0x1010', 'x');
    const s4624 = t.security4624(meta('b'), workstation, alice, interactiveLogon);
    expect(at(s10, 'winlog.event_data.TargetProcessId')).toBe(
      String(at(s4624, 'winlog.process.pid')),
    );
    const pinned = { ...workstation, lsassPid: 748 };
    expect(
      at(t.security4624(meta('c'), pinned, alice, interactiveLogon), 'winlog.process.pid'),
    ).toBe(748);
  });

  it('a denied flow carries no bytes from the far side in any source', () => {
    const denied = { ...c2Connection, action: 'denied' as const, rule: 'block-c2' };
    const fw = t.firewallTraffic(meta('a'), firewall, denied);
    const z = t.zeekConnection(meta('b'), 'sensor01', denied);
    expect(at(fw, 'event.action')).toBe('deny');
    expect(at(fw, 'destination.bytes')).toBe(0);
    expect(at(fw, 'source.nat')).toBeUndefined();
    expect(at(z, 'zeek.connection.state')).toBe('S0');
    expect(at(z, 'destination.bytes')).toBe(0);
  });
});
