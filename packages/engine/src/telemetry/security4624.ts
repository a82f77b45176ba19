import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';
import { logonParties } from './logonParties.js';
import { logonTypeName } from './logonTypeName.js';
import type { Obj } from './Obj.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4624',
  action: 'logged-in',
  category: ['authentication'],
  type: ['start'],
  task: 'Logon',
  version: 2,
};

/**
 * Windows Security 4624: an account was successfully logged on. Interactive logons name the
 * machine account as subject and winlogon as the process; network logons have a NULL subject.
 */
export function security4624(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  const local = logon.type !== 3;
  const subjectName = local ? host.name.toUpperCase() + '$' : '-';
  const subjectLogonId = local ? '0x3e7' : '0x0';
  const data: Obj = {
    SubjectUserSid: local ? 'S-1-5-18' : 'S-1-0-0',
    SubjectUserName: subjectName,
    SubjectDomainName: local ? host.domain : '-',
    SubjectLogonId: subjectLogonId,
    TargetUserSid: user.sid,
    TargetUserName: user.name,
    TargetDomainName: user.domain,
    TargetLogonId: logon.logonId,
    LogonType: String(logon.type),
    LogonProcessName: logon.logonProcess,
    AuthenticationPackageName: logon.authPackage,
    LogonGuid: logon.logonGuid ?? '{00000000-0000-0000-0000-000000000000}',
    TransmittedServices: '-',
    LmPackageName: logon.authPackage === 'NTLM' ? 'NTLM V2' : '-',
    KeyLength: logon.authPackage === 'NTLM' ? '128' : '0',
    ImpersonationLevel: '%%1833',
    RestrictedAdminMode: logon.type === 10 ? '%%1843' : '-',
    TargetOutboundUserName: '-',
    TargetOutboundDomainName: '-',
    VirtualAccount: '%%1843',
    TargetLinkedLogonId: '0x0',
    ElevatedToken: logon.elevated ? '%%1842' : '%%1843',
  };
  const ev = securityEnvelope(meta, host, KIND, true, data);
  ev.winlog.logon = { type: logonTypeName(logon.type), id: subjectLogonId };
  ev.user = { id: user.sid, name: user.name, domain: user.domain };
  Object.assign(ev, logonParties(logon, user, subjectName));
  return ev;
}
