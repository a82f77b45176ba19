import type { EcsEvent } from '@kunren/domain';
import type { ConnectionFacts, DeviceFacts, EventMeta } from './facts.js';
import type { Obj } from './Obj.js';
import { stableHash } from './stableHash.js';
import { timestampOf } from './timestampOf.js';

function ianaNumber(transport: ConnectionFacts['transport']): string {
  return transport === 'tcp' ? '6' : transport === 'udp' ? '17' : '1';
}

/**
 * A firewall traffic log (FortiGate, `fortinet_fortigate.log`): one record when a session
 * ends (`close`) or is refused (`deny`), with bytes, packets, NAT and the deciding policy.
 */
export function firewallTraffic(
  meta: EventMeta,
  device: DeviceFacts,
  connection: ConnectionFacts,
): EcsEvent {
  const c = connection;
  const denied = c.action === 'denied';
  const outbound = c.direction === 'outbound';
  const policyName =
    c.rule ?? (denied ? 'implicit-deny' : outbound ? 'lan-to-internet' : 'lan-to-lan');
  const policyId = denied && c.rule === undefined ? 0 : (stableHash(policyName) % 90) + 1;
  const bytesOut = denied ? 0 : c.bytesOut;
  const bytesIn = denied ? 0 : c.bytesIn;
  const pktsOut = denied ? 1 : c.packetsOut;
  const pktsIn = denied ? 0 : c.packetsIn;
  const source: Obj = {
    ip: c.sourceIp,
    port: c.sourcePort,
    bytes: bytesOut,
    packets: pktsOut,
  };
  if (!denied && c.natIp !== undefined) {
    source.nat = { ip: c.natIp, port: c.natPort ?? c.sourcePort };
  }
  const destination: Obj = {
    ip: c.destinationIp,
    port: c.destinationPort,
    bytes: bytesIn,
    packets: pktsIn,
  };
  if (c.domain !== undefined) destination.domain = c.domain;
  const network: Obj = {
    transport: c.transport,
    iana_number: ianaNumber(c.transport),
    protocol: c.protocol,
    direction: c.direction,
    bytes: bytesOut + bytesIn,
    packets: pktsOut + pktsIn,
  };
  if (c.communityId !== undefined) network.community_id = c.communityId;
  const related: Obj = { ip: [c.sourceIp, c.destinationIp] };
  if (c.domain !== undefined) related.hosts = [c.domain];
  const observer: Obj = {
    name: device.name,
    ip: [device.ip],
    product: device.product,
    vendor: device.vendor,
    type: 'firewall',
    ingress: { interface: { name: outbound ? 'internal' : 'wan1' } },
    egress: { interface: { name: outbound ? 'wan1' : 'internal' } },
  };
  if (device.serial !== undefined) observer.serial_number = device.serial;
  if (device.version !== undefined) observer.version = device.version;
  return {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'fortinet_fortigate',
      dataset: 'fortinet_fortigate.log',
      code: '0000000013',
      category: ['network'],
      type: ['connection', 'end', denied ? 'denied' : 'allowed'],
      action: denied ? 'deny' : 'close',
      outcome: denied ? 'failure' : 'success',
      duration: (denied ? 0 : c.durationMs) * 1_000_000,
    },
    observer,
    source,
    destination,
    network,
    rule: { id: String(policyId), name: policyName },
    related,
    log: { level: denied ? 'warning' : 'notice' },
    fortinet: {
      firewall: {
        type: 'traffic',
        subtype: outbound ? 'forward' : 'local',
        vd: 'root',
        sessionid: String(stableHash(meta.id) % 100_000_000),
        trandisp: !denied && c.natIp !== undefined ? 'snat' : 'noop',
      },
    },
    ecs: { version: '8.11.0' },
  };
}
