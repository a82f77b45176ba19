import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import { kerberosParts } from './kerberosParts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4768',
  action: 'kerberos-authentication-ticket-requested',
  category: ['authentication'],
  type: ['start'],
  task: 'Kerberos Authentication Service',
  version: 0,
};

/** Windows Security 4768: a Kerberos authentication ticket (TGT) was requested (on the DC). */
export function security4768(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  const realm = hostFields(dc).realm;
  const ok = kerberos.status === '0x0';
  const ev = securityEnvelope(meta, dc, KIND, ok, {
    TargetUserName: kerberos.user.name,
    TargetDomainName: realm,
    TargetSid: ok ? kerberos.user.sid : 'S-1-0-0',
    ServiceName: kerberos.serviceName,
    ServiceSid: kerberos.serviceSid ?? 'S-1-0-0',
    TicketOptions: kerberos.ticketOptions,
    Status: kerberos.status,
    TicketEncryptionType: ok ? kerberos.encryptionType : '0xffffffff',
    PreAuthType: kerberos.preAuthType ?? '2',
    CertIssuerName: '',
    CertSerialNumber: '',
    CertThumbprint: '',
    ...kerberosParts(
      kerberos.ticketOptions,
      ok ? kerberos.encryptionType : '0xffffffff',
      kerberos.status,
    ),
  });
  ev.user = { id: ok ? kerberos.user.sid : 'S-1-0-0', name: kerberos.user.name, domain: realm };
  ev.source = { ip: kerberos.clientIp, port: kerberos.clientPort };
  ev.related = { user: [kerberos.user.name], ip: [kerberos.clientIp] };
  return ev;
}
