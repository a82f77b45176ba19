import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ServiceFacts, UserFacts } from './facts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { windowsSubject } from './windowsSubject.js';

const KIND: SecurityKind = {
  code: '4697',
  action: 'service-installed',
  category: ['iam', 'configuration'],
  type: ['admin', 'change'],
  task: 'Security System Extension',
  version: 0,
};

function serviceTypeName(type: string): string {
  return type === '0x20'
    ? 'Win32 Share Process'
    : type === '0x1'
      ? 'Kernel Driver'
      : 'Win32 Own Process';
}

/** Windows Security 4697: a service was installed in the system. */
export function security4697(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  service: ServiceFacts,
): EcsEvent {
  const s = windowsSubject(host, subject);
  const ev = securityEnvelope(meta, host, KIND, true, {
    SubjectUserSid: s.sid,
    SubjectUserName: s.name,
    SubjectDomainName: s.domain,
    SubjectLogonId: subjectLogonId,
    ServiceName: service.name,
    ServiceFileName: service.fileName,
    ServiceType: service.type,
    ServiceStartType: service.startType,
    ServiceAccount: service.account,
  });
  ev.winlog.logon = { id: subjectLogonId };
  ev.service = { name: service.name, type: serviceTypeName(service.type) };
  ev.user = { id: s.sid, name: s.name, domain: s.domain };
  ev.related = { user: [s.name] };
  return ev;
}
