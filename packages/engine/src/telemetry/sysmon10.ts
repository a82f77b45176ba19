import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, ProcessRef } from './facts.js';
import type { Obj } from './Obj.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';

const KIND: SysmonKind = {
  code: '10',
  action: 'ProcessAccess',
  category: ['process'],
  type: ['access'],
  version: 3,
};

/**
 * Sysmon 10: process accessed (`source` opens `target` with `grantedAccess`, e.g. `0x1010`
 * on lsass.exe). `callTrace` is Sysmon's `CallTrace` (`C:\Windows\SYSTEM32\ntdll.dll+9d4c4|…`).
 */
export function sysmon10(
  meta: EventMeta,
  host: HostFacts,
  source: ProcessFacts,
  target: ProcessRef,
  grantedAccess: string,
  callTrace: string,
): EcsEvent {
  const data: Obj = {
    TargetProcessGUID: target.entityId,
    TargetProcessId: String(target.pid),
    TargetImage: target.executable,
    GrantedAccess: grantedAccess,
    CallTrace: callTrace,
    SourceUser: source.user.domain + '\\' + source.user.name,
  };
  if (target.user) data.TargetUser = target.user.domain + '\\' + target.user.name;
  const ev = sysmonEnvelope(meta, host, KIND, data);
  const proc = sysmonProcess(source);
  proc.thread = { id: ((source.pid * 31 + meta.simMs) % 8000) * 4 + 1000 };
  ev.process = proc;
  ev.user = { id: 'S-1-5-18' };
  return ev;
}
