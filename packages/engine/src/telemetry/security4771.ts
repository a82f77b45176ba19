import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';
import { kerberosParts } from './kerberosParts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4771',
  action: 'kerberos-preauth-failed',
  category: ['authentication'],
  type: ['start'],
  task: 'Kerberos Authentication Service',
  version: 0,
};

/** Windows Security 4771: Kerberos pre-authentication failed (on the DC; `0x18` bad password). */
export function security4771(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  const ev = securityEnvelope(meta, dc, KIND, false, {
    TargetUserName: kerberos.user.name,
    TargetSid: kerberos.user.sid,
    ServiceName: kerberos.serviceName,
    TicketOptions: kerberos.ticketOptions,
    Status: kerberos.status,
    PreAuthType: kerberos.preAuthType ?? '2',
    CertIssuerName: '',
    CertSerialNumber: '',
    CertThumbprint: '',
    ...kerberosParts(kerberos.ticketOptions, null, kerberos.status),
  });
  ev.user = { id: kerberos.user.sid, name: kerberos.user.name };
  ev.source = { ip: kerberos.clientIp, port: kerberos.clientPort };
  ev.related = { user: [kerberos.user.name], ip: [kerberos.clientIp] };
  return ev;
}
