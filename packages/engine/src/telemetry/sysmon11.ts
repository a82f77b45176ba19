import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, FileFacts, HostFacts, ProcessFacts } from './facts.js';
import { fileFields } from './fileFields.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUtcTime } from './sysmonUtcTime.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '11',
  action: 'FileCreate',
  category: ['file'],
  type: ['creation'],
  version: 2,
};

/** Sysmon 11: file created (`file` by `process`). Sysmon 11 carries no hashes. */
export function sysmon11(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  file: FileFacts,
): EcsEvent {
  const ev = sysmonEnvelope(meta, host, KIND, {
    CreationUtcTime: sysmonUtcTime(meta.startMs + meta.simMs),
  });
  ev.process = sysmonProcess(process);
  ev.file = fileFields(file);
  ev.user = sysmonUser(process.user);
  ev.related = { user: [process.user.name] };
  return ev;
}
