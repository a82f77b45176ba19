import type { EcsEvent } from '@kunren/domain';
import type { ConnectionFacts, EventMeta } from './facts.js';
import type { Obj } from './Obj.js';
import { timestampOf } from './timestampOf.js';
import { zeekUid } from './zeekUid.js';

/**
 * A finished network flow as the network sensor logs it (`zeek.connection`): bytes and
 * packets per side, Zeek's connection state (`SF` completed, `S0` no answer: what a flow
 * denied by the firewall looks like from inside).
 */
export function zeekConnection(
  meta: EventMeta,
  sensor: string,
  connection: ConnectionFacts,
): EcsEvent {
  const c = connection;
  const denied = c.action === 'denied';
  const tcp = c.transport === 'tcp';
  const state = denied ? 'S0' : 'SF';
  const history = denied ? (tcp ? 'S' : 'D') : tcp ? 'ShADadFf' : 'Dd';
  const bytesOut = denied ? 0 : c.bytesOut;
  const bytesIn = denied ? 0 : c.bytesIn;
  const pktsOut = denied ? Math.min(c.packetsOut, 3) : c.packetsOut;
  const pktsIn = denied ? 0 : c.packetsIn;
  const localOrig = c.direction === 'outbound' || c.direction === 'internal';
  const localResp = c.direction === 'inbound' || c.direction === 'internal';
  const network: Obj = {
    transport: c.transport,
    protocol: c.protocol,
    direction: c.direction,
    bytes: bytesOut + bytesIn,
    packets: pktsOut + pktsIn,
  };
  if (c.communityId !== undefined) network.community_id = c.communityId;
  return {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'zeek',
      dataset: 'zeek.connection',
      category: ['network'],
      type: ['connection', 'start', 'end'],
      duration: (denied ? 0 : c.durationMs) * 1_000_000,
    },
    host: { name: sensor },
    source: {
      address: c.sourceIp,
      ip: c.sourceIp,
      port: c.sourcePort,
      bytes: bytesOut,
      packets: pktsOut,
    },
    destination: {
      address: c.destinationIp,
      ip: c.destinationIp,
      port: c.destinationPort,
      bytes: bytesIn,
      packets: pktsIn,
    },
    network,
    related: { ip: [c.sourceIp, c.destinationIp] },
    zeek: {
      session_id: zeekUid(meta.id),
      connection: {
        history,
        local_orig: localOrig,
        local_resp: localResp,
        missed_bytes: 0,
        state,
        state_message: denied
          ? 'Connection attempt seen, no reply.'
          : 'Normal establishment and termination.',
      },
    },
    ecs: { version: '8.11.0' },
  };
}
