import type { Scenario } from '@kunren/domain';
import { cidrContains, expandOrganisation, formatIpv4, parseCidr, parseIpv4 } from '@kunren/domain';
import { suggestion } from '../didYouMean.js';
import type { Finding } from '../Finding.js';

/**
 * Addresses: every host's segment exists and its IP lies in the segment's CIDR (a pool's
 * whole range must), and no two hosts (pools expanded) share an IP.
 */
export function checkNetwork(scenario: Scenario): Finding[] {
  const org = scenario.organisation;
  const segments = new Map(org.segments.map((s) => [s.id, s]));
  const segmentIds = org.segments.map((s) => s.id);
  const out: Finding[] = [];

  const inSegment = (segmentId: string, ip: string): string | undefined => {
    const seg = segments.get(segmentId);
    const net = seg ? parseCidr(seg.cidr) : undefined;
    const n = parseIpv4(ip);
    if (!seg || !net || n === undefined || cidrContains(net, n)) return undefined;
    return seg.cidr;
  };

  org.hosts.forEach((h, i) => {
    if (!segments.has(h.segment)) {
      out.push({
        id: 'scenario.unknown-segment',
        path: ['organisation', 'hosts', i, 'segment'],
        message: `unknown segment "${h.segment}" for host "${h.name}"${suggestion(h.segment, segmentIds, 'segments')}`,
      });
      return;
    }
    const cidr = inSegment(h.segment, h.ip);
    if (cidr !== undefined) {
      out.push({
        id: 'scenario.ip-outside-segment',
        path: ['organisation', 'hosts', i, 'ip'],
        message: `IP ${h.ip} of host "${h.name}" is outside its segment "${h.segment}" (${cidr}); pick an address in ${cidr} or another segment`,
      });
    }
  });

  (org.hostPools ?? []).forEach((p, i) => {
    if (!segments.has(p.segment)) {
      out.push({
        id: 'scenario.unknown-segment',
        path: ['organisation', 'hostPools', i, 'segment'],
        message: `unknown segment "${p.segment}" for host pool "${p.prefix}"${suggestion(p.segment, segmentIds, 'segments')}`,
      });
      return;
    }
    const first = parseIpv4(p.firstIp) ?? 0;
    const last = formatIpv4(first + p.count - 1);
    const cidr = inSegment(p.segment, p.firstIp) ?? inSegment(p.segment, last);
    if (cidr !== undefined) {
      out.push({
        id: 'scenario.ip-outside-segment',
        path: ['organisation', 'hostPools', i, 'firstIp'],
        message: `host pool "${p.prefix}" uses ${p.firstIp}–${last}, outside its segment "${p.segment}" (${cidr}); move firstIp or lower count`,
      });
    }
  });

  const owner = new Map<string, string>();
  const reportedPools = new Set<number>();
  const expanded = expandOrganisation({ ...org, userPools: [] }).hosts;
  for (const h of expanded) {
    const other = owner.get(h.ip);
    if (other === undefined) {
      owner.set(h.ip, h.name);
      continue;
    }
    const explicit = org.hosts.findIndex((e) => e.name === h.name && e.ip === h.ip);
    const poolIndex = (org.hostPools ?? []).findIndex((p) => p.prefix === h.pool);
    if (explicit < 0 && reportedPools.has(poolIndex)) continue;
    if (explicit < 0) reportedPools.add(poolIndex);
    out.push({
      id: 'scenario.duplicate-ip',
      path:
        explicit >= 0
          ? ['organisation', 'hosts', explicit, 'ip']
          : ['organisation', 'hostPools', poolIndex, 'firstIp'],
      message: `IP ${h.ip} of host "${h.name}" is already used by host "${other}"; give each host its own address`,
    });
  }
  return out;
}
