import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, IdsAlertFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { timestampOf } from './timestampOf.js';
import { urlFields } from './urlFields.js';

/**
 * An IDS alert in Suricata eve form (`suricata.eve`): the signature as `rule.*`, the flow's
 * endpoints, `suricata.eve.alert.*`, and the HTTP request or TLS SNI it fired on.
 */
export function idsAlert(meta: EventMeta, alert: IdsAlertFacts): EcsEvent {
  const c = alert.connection;
  const blocked = alert.action === 'blocked';
  const eve: Obj = {
    event_type: 'alert',
    flow_id: alert.flowId,
    in_iface: 'eth1',
    alert: {
      signature_id: alert.signatureId,
      signature: alert.signature,
      category: alert.category,
      severity: alert.severity,
      gid: 1,
      rev: 3,
      action: blocked ? 'blocked' : 'allowed',
    },
  };
  const network: Obj = { transport: c.transport, protocol: c.protocol, direction: c.direction };
  if (c.communityId !== undefined) network.community_id = c.communityId;
  const ev: EcsEvent = {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'alert',
      module: 'suricata',
      dataset: 'suricata.eve',
      category: ['network', 'intrusion_detection'],
      type: [blocked ? 'denied' : 'allowed'],
      severity: alert.severity,
    },
    observer: {
      hostname: alert.sensor,
      product: 'Suricata',
      vendor: 'OISF',
      type: 'ids',
    },
    message: alert.signature,
    rule: { id: String(alert.signatureId), name: alert.signature, category: alert.category },
    source: { address: c.sourceIp, ip: c.sourceIp, port: c.sourcePort },
    destination: { address: c.destinationIp, ip: c.destinationIp, port: c.destinationPort },
    network,
    related: { ip: [c.sourceIp, c.destinationIp] },
    suricata: { eve },
    ecs: { version: '8.11.0' },
  };
  if (alert.http) {
    const h = alert.http;
    ev.url = urlFields(h);
    ev.http = {
      request: { method: h.method },
      response: { status_code: h.status, body: { bytes: h.responseBytes } },
    };
    ev.user_agent = { original: h.userAgent };
    eve.http = { hostname: h.domain, url: h.path, http_method: h.method, status: h.status };
  }
  if (alert.tlsSni !== undefined) {
    ev.tls = { client: { server_name: alert.tlsSni } };
    eve.tls = { sni: alert.tlsSni };
    (ev.related as Obj).hosts = [alert.tlsSni];
  }
  return ev;
}
