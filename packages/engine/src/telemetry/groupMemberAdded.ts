import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, GroupFacts, HostFacts, UserFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import type { Obj } from './Obj.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { windowsSubject } from './windowsSubject.js';

/**
 * The shared body of 4728 and 4732 (a member added to a security-enabled group). As in the
 * Security pipeline, `user.target` comes from the member's distinguished name: its CN, and
 * the fourth RDN as domain.
 */
export function groupMemberAdded(
  kind: SecurityKind,
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  member: UserFacts,
  group: GroupFacts,
): EcsEvent {
  const s = windowsSubject(host, subject);
  const dnsDomain = hostFields(host).dnsDomain;
  const cn = member.fullName ?? member.name;
  const dcs = dnsDomain === '' ? [] : dnsDomain.split('.').map((l) => 'DC=' + l);
  const dn = ['CN=' + cn, 'CN=Users', ...dcs].join(',');
  const ev = securityEnvelope(meta, host, kind, true, {
    SubjectUserSid: s.sid,
    SubjectUserName: s.name,
    SubjectDomainName: s.domain,
    SubjectLogonId: subjectLogonId,
    MemberName: dn,
    MemberSid: member.sid,
    TargetUserName: group.name,
    TargetDomainName: group.domain,
    TargetSid: group.sid,
  });
  ev.winlog.logon = { id: subjectLogonId };
  const target: Obj = { name: cn };
  const fourth = dcs[1];
  if (fourth !== undefined) target.domain = fourth.slice(3);
  target.group = { id: group.sid, name: group.name, domain: group.domain };
  ev.user = { id: s.sid, name: s.name, domain: s.domain, target };
  ev.group = { id: group.sid, name: group.name, domain: group.domain };
  ev.related = { user: s.name === cn ? [cn] : [cn, s.name] };
  return ev;
}
