import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';
import { logonTypeName } from './logonTypeName.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4634',
  action: 'logged-out',
  category: ['authentication'],
  type: ['end'],
  task: 'Logoff',
  version: 0,
};

/** Windows Security 4634: an account was logged off (same `TargetLogonId` as its 4624). */
export function security4634(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  const ev = securityEnvelope(meta, host, KIND, true, {
    TargetUserSid: user.sid,
    TargetUserName: user.name,
    TargetDomainName: user.domain,
    TargetLogonId: logon.logonId,
    LogonType: String(logon.type),
  });
  ev.winlog.logon = { type: logonTypeName(logon.type), id: logon.logonId };
  ev.user = { id: user.sid, name: user.name, domain: user.domain };
  ev.related = { user: [user.name] };
  return ev;
}
