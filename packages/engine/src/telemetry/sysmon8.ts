import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, ProcessRef } from './facts.js';
import type { Obj } from './Obj.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';

const KIND: SysmonKind = {
  code: '8',
  action: 'CreateRemoteThread',
  category: ['process'],
  type: ['change'],
  version: 2,
};

/**
 * Sysmon 8: CreateRemoteThread detected (`source` starts a thread in `target`). The event
 * has no `User` field, so only the service's `user.id` is set; the accounts are in
 * `SourceUser`/`TargetUser`.
 */
export function sysmon8(
  meta: EventMeta,
  host: HostFacts,
  source: ProcessFacts,
  target: ProcessRef,
  startAddress: string,
  startModule: string,
): EcsEvent {
  const data: Obj = {
    TargetProcessGUID: target.entityId,
    TargetProcessId: String(target.pid),
    TargetImage: target.executable,
    NewThreadId: String(((source.pid * 7 + target.pid * 13) % 9000) * 4 + 4000),
    StartAddress: startAddress,
    StartModule: startModule,
    SourceUser: source.user.domain + '\\' + source.user.name,
  };
  if (target.user) data.TargetUser = target.user.domain + '\\' + target.user.name;
  const ev = sysmonEnvelope(meta, host, KIND, data);
  ev.process = sysmonProcess(source);
  ev.user = { id: 'S-1-5-18' };
  return ev;
}
