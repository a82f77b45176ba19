import type { EcsEvent } from '@kunren/domain';
import type { ConnectionFacts, EventMeta, HostFacts, ProcessFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '3',
  action: 'Network connection',
  category: ['network'],
  type: ['start', 'connection', 'protocol'],
  version: 5,
};

/** Port names Sysmon resolves for `DestinationPortName` (and so `network.protocol`). */
function portName(port: number): string | null {
  switch (port) {
    case 80:
      return 'http';
    case 443:
      return 'https';
    case 445:
      return 'microsoft-ds';
    case 53:
      return 'domain';
    case 88:
      return 'kerberos';
    case 389:
      return 'ldap';
    case 3389:
      return 'ms-wbt-server';
    case 135:
      return 'epmap';
    case 25:
      return 'smtp';
    case 5985:
      return 'wsman';
    default:
      return null;
  }
}

/**
 * Sysmon 3: network connection detected. `initiated`: the host opened it (`egress`); the
 * connection's source is always the initiating side, as Sysmon reports it.
 */
export function sysmon3(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  connection: ConnectionFacts,
  initiated: boolean,
): EcsEvent {
  const ev = sysmonEnvelope(meta, host, KIND, null);
  ev.process = sysmonProcess(process);
  const network: Obj = {
    transport: connection.transport,
    direction: initiated ? 'egress' : 'ingress',
    type: 'ipv4',
  };
  const name = portName(connection.destinationPort);
  if (name !== null) network.protocol = name;
  if (connection.communityId !== undefined) network.community_id = connection.communityId;
  ev.network = network;
  ev.source = { ip: connection.sourceIp, port: connection.sourcePort };
  const destination: Obj = { ip: connection.destinationIp, port: connection.destinationPort };
  if (connection.domain !== undefined) destination.domain = connection.domain;
  ev.destination = destination;
  ev.user = sysmonUser(process.user);
  ev.related = {
    user: [process.user.name],
    ip: [connection.sourceIp, connection.destinationIp],
  };
  return ev;
}
