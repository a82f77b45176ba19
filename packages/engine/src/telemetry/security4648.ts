import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, UserFacts } from './facts.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4648',
  action: 'logged-in-explicit',
  category: ['authentication'],
  type: ['start'],
  task: 'Logon',
  version: 0,
};

/**
 * Windows Security 4648: a logon was attempted using explicit credentials (by `process`,
 * whose user and logon id are the subject) against `targetServer` at `targetIp`. As in
 * Elastic, the target's address lands in `source.ip` and the target account in `user.effective`.
 */
export function security4648(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  target: UserFacts,
  targetServer: string,
  targetIp: string,
): EcsEvent {
  const subject = process.user;
  const ev = securityEnvelope(meta, host, KIND, true, {
    SubjectUserSid: subject.sid,
    SubjectUserName: subject.name,
    SubjectDomainName: subject.domain,
    SubjectLogonId: process.logonId,
    LogonGuid: process.logonGuid ?? '{00000000-0000-0000-0000-000000000000}',
    TargetUserName: target.name,
    TargetDomainName: target.domain,
    TargetLogonGuid: '{00000000-0000-0000-0000-000000000000}',
    TargetServerName: targetServer,
    TargetInfo: targetServer,
  });
  ev.winlog.logon = { id: process.logonId };
  ev.user = {
    id: subject.sid,
    name: subject.name,
    domain: subject.domain,
    effective: { name: target.name, domain: target.domain },
  };
  ev.source = { ip: targetIp };
  ev.process = { pid: process.pid, executable: process.executable, name: process.name };
  ev.related = {
    user: target.name === subject.name ? [target.name] : [target.name, subject.name],
    ip: [targetIp],
  };
  return ev;
}
