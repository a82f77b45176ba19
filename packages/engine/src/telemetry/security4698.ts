import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ScheduledTaskFacts, UserFacts } from './facts.js';
import { isoOf } from '@kunren/domain';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { windowsSubject } from './windowsSubject.js';
import { xmlEscape } from './xmlEscape.js';

const KIND: SecurityKind = {
  code: '4698',
  action: 'scheduled-task-created',
  category: ['iam', 'configuration'],
  type: ['creation', 'admin'],
  task: 'Other Object Access Events',
  version: 1,
};

/** Windows Security 4698: a scheduled task was created (`TaskContent` is the task's XML). */
export function security4698(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  task: ScheduledTaskFacts,
): EcsEvent {
  const s = windowsSubject(host, subject);
  const date = isoOf(meta.startMs + meta.simMs).slice(0, 19);
  const content =
    '<?xml version="1.0" encoding="UTF-16"?>\r\n' +
    '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\r\n' +
    '  <RegistrationInfo>\r\n' +
    `    <Date>${date}</Date>\r\n` +
    `    <Author>${xmlEscape(task.author)}</Author>\r\n` +
    `    <URI>${xmlEscape(task.name)}</URI>\r\n` +
    '  </RegistrationInfo>\r\n' +
    '  <Triggers>\r\n    <LogonTrigger>\r\n      <Enabled>true</Enabled>\r\n    </LogonTrigger>\r\n  </Triggers>\r\n' +
    '  <Actions Context="Author">\r\n    <Exec>\r\n' +
    `      <Command>${xmlEscape(task.command)}</Command>\r\n` +
    (task.arguments !== undefined
      ? `      <Arguments>${xmlEscape(task.arguments)}</Arguments>\r\n`
      : '') +
    '    </Exec>\r\n  </Actions>\r\n</Task>';
  const ev = securityEnvelope(meta, host, KIND, true, {
    SubjectUserSid: s.sid,
    SubjectUserName: s.name,
    SubjectDomainName: s.domain,
    SubjectLogonId: subjectLogonId,
    TaskName: task.name,
    TaskContent: content,
    ClientProcessId: '0',
    ParentProcessId: '0',
    RpcCallClientLocality: '0',
    FQDN: host.fqdn,
  });
  ev.winlog.logon = { id: subjectLogonId };
  ev.user = { id: s.sid, name: s.name, domain: s.domain };
  ev.related = { user: [s.name] };
  return ev;
}
