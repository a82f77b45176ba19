import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, UserFacts } from './facts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { windowsSubject } from './windowsSubject.js';

const KIND: SecurityKind = {
  code: '4720',
  action: 'added-user-account',
  category: ['iam'],
  type: ['user', 'creation'],
  task: 'User Account Management',
  version: 0,
};

/** Windows Security 4720: a user account was created (on the domain controller). */
export function security4720(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  target: UserFacts,
): EcsEvent {
  const s = windowsSubject(host, subject);
  const upn = target.email ?? target.name + '@' + host.fqdn.slice(host.fqdn.indexOf('.') + 1);
  const ev = securityEnvelope(meta, host, KIND, true, {
    SubjectUserSid: s.sid,
    SubjectUserName: s.name,
    SubjectDomainName: s.domain,
    SubjectLogonId: subjectLogonId,
    TargetUserName: target.name,
    TargetDomainName: target.domain,
    TargetSid: target.sid,
    SamAccountName: target.name,
    DisplayName: target.fullName ?? '%%1793',
    UserPrincipalName: upn,
    HomeDirectory: '%%1793',
    HomePath: '%%1793',
    ScriptPath: '%%1793',
    ProfilePath: '%%1793',
    UserWorkstations: '%%1793',
    PasswordLastSet: '%%1794',
    AccountExpires: '%%1794',
    PrimaryGroupId: '513',
    AllowedToDelegateTo: '-',
    OldUacValue: '0x0',
    NewUacValue: '0x15',
    UserAccountControl: ['2080', '2082', '2084'],
    UserParameters: '%%1793',
    SidHistory: '-',
    LogonHours: '%%1797',
    NewUACList: ['SCRIPT', 'LOCKOUT'],
  });
  ev.winlog.logon = { id: subjectLogonId };
  ev.user = {
    id: s.sid,
    name: s.name,
    domain: s.domain,
    target: { id: target.sid, name: target.name, domain: target.domain },
  };
  ev.related = { user: s.name === target.name ? [s.name] : [s.name, target.name] };
  return ev;
}
