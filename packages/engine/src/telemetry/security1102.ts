import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, UserFacts } from './facts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { windowsSubject } from './windowsSubject.js';

const KIND: SecurityKind = {
  code: '1102',
  action: 'audit-log-cleared',
  category: ['iam'],
  type: ['admin', 'change'],
  task: 'Log clear',
  version: 0,
  provider: 'Microsoft-Windows-Eventlog',
};

/**
 * Windows Security 1102: the audit log was cleared. Written by the Eventlog provider, with
 * the subject under `winlog.user_data` (not `event_data`).
 */
export function security1102(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
): EcsEvent {
  const s = windowsSubject(host, subject);
  const ev = securityEnvelope(meta, host, KIND, true, null);
  ev.winlog.user_data = {
    SubjectUserSid: s.sid,
    SubjectUserName: s.name,
    SubjectDomainName: s.domain,
    SubjectLogonId: subjectLogonId,
    xml_name: 'LogFileCleared',
  };
  ev.winlog.logon = { id: subjectLogonId };
  ev.user = { id: s.sid, name: s.name, domain: s.domain };
  ev.related = { user: [s.name] };
  return ev;
}
