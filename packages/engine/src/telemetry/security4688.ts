import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, IntegrityLevel, ProcessFacts } from './facts.js';
import { hexId } from './hexId.js';
import type { Obj } from './Obj.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';
import { splitCommandLine4688 } from './splitCommandLine4688.js';
import { windowsSubject } from './windowsSubject.js';

const KIND: SecurityKind = {
  code: '4688',
  action: 'created-process',
  category: ['process'],
  type: ['start'],
  task: 'Process Creation',
  version: 2,
};

function label(integrity: IntegrityLevel): string {
  switch (integrity) {
    case 'Low':
      return 'S-1-16-4096';
    case 'Medium':
      return 'S-1-16-8192';
    case 'High':
      return 'S-1-16-12288';
    case 'System':
      return 'S-1-16-16384';
    default: {
      const never: never = integrity;
      return never;
    }
  }
}

function elevation(integrity: IntegrityLevel): string {
  return integrity === 'System' ? '%%1936' : integrity === 'High' ? '%%1937' : '%%1938';
}

/**
 * Windows Security 4688: a new process has been created. Subject is the process's account
 * (LocalSystem as the machine account); PIDs are hex in event data, numbers in `process.*`.
 */
export function security4688(meta: EventMeta, host: HostFacts, process: ProcessFacts): EcsEvent {
  const subject = windowsSubject(host, process.user);
  const parent = process.parent;
  const data: Obj = {
    SubjectUserSid: subject.sid,
    SubjectUserName: subject.name,
    SubjectDomainName: subject.domain,
    SubjectLogonId: process.logonId,
    TokenElevationType: elevation(process.integrity),
    ProcessId: hexId(parent ? parent.pid : 0),
    CommandLine: process.commandLine,
    TargetUserSid: 'S-1-0-0',
    TargetUserName: '-',
    TargetDomainName: '-',
    TargetLogonId: '0x0',
    MandatoryLabel: label(process.integrity),
  };
  const ev = securityEnvelope(meta, host, KIND, true, data);
  ev.winlog.logon = { id: process.logonId };
  const proc: Obj = {
    pid: process.pid,
    executable: process.executable,
    name: process.name,
    command_line: process.commandLine,
    args: splitCommandLine4688(process.commandLine),
  };
  proc.parent = parent
    ? { pid: parent.pid, executable: parent.executable, name: parent.name }
    : { pid: 0 };
  ev.process = proc;
  ev.user = {
    id: subject.sid,
    name: subject.name,
    domain: subject.domain,
    effective: { id: 'S-1-0-0' },
  };
  ev.related = { user: [subject.name] };
  return ev;
}
