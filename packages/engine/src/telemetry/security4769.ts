import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import { kerberosParts } from './kerberosParts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4769',
  action: 'kerberos-service-ticket-requested',
  category: ['authentication'],
  type: ['start'],
  task: 'Kerberos Service Ticket Operations',
  version: 0,
};

/**
 * Windows Security 4769: a Kerberos service ticket was requested (on the DC). The account
 * is written `user@REALM`; the pipeline keeps the part before `@` as `user.name`.
 * Encryption type `0x17` (RC4) on a user's service is what Kerberoasting looks like.
 */
export function security4769(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  const realm = hostFields(dc).realm;
  const ok = kerberos.status === '0x0';
  const ev = securityEnvelope(meta, dc, KIND, ok, {
    TargetUserName: kerberos.user.name + '@' + realm,
    TargetDomainName: realm,
    ServiceName: kerberos.serviceName,
    ServiceSid: kerberos.serviceSid ?? 'S-1-0-0',
    TicketOptions: kerberos.ticketOptions,
    TicketEncryptionType: kerberos.encryptionType,
    Status: kerberos.status,
    LogonGuid: '{00000000-0000-0000-0000-000000000000}',
    TransmittedServices: '-',
    ...kerberosParts(kerberos.ticketOptions, kerberos.encryptionType, kerberos.status),
  });
  ev.user = { name: kerberos.user.name, domain: realm };
  ev.source = { ip: kerberos.clientIp, port: kerberos.clientPort };
  ev.related = { user: [kerberos.user.name], ip: [kerberos.clientIp] };
  return ev;
}
