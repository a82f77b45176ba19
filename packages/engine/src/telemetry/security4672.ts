import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4672',
  action: 'logged-in-special',
  category: ['iam'],
  type: ['admin'],
  task: 'Special Logon',
  version: 0,
};

/** The privileges an administrator's logon gets, in the order Windows lists them. */
const ADMIN_PRIVILEGES = [
  'SeSecurityPrivilege',
  'SeBackupPrivilege',
  'SeRestorePrivilege',
  'SeTakeOwnershipPrivilege',
  'SeDebugPrivilege',
  'SeSystemEnvironmentPrivilege',
  'SeLoadDriverPrivilege',
  'SeImpersonatePrivilege',
  'SeDelegateSessionUserImpersonatePrivilege',
  'SeEnableDelegationPrivilege',
];

/** Windows Security 4672: special privileges assigned to new logon (after an elevated 4624). */
export function security4672(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  const ev = securityEnvelope(meta, host, KIND, true, {
    SubjectUserSid: user.sid,
    SubjectUserName: user.name,
    SubjectDomainName: user.domain,
    SubjectLogonId: logon.logonId,
    PrivilegeList: ADMIN_PRIVILEGES.slice(),
  });
  ev.winlog.logon = { id: logon.logonId };
  ev.user = { id: user.sid, name: user.name, domain: user.domain };
  ev.related = { user: [user.name] };
  return ev;
}
