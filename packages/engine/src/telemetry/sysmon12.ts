import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, RegistryFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { registryFields } from './registryFields.js';
import { registryTarget } from './registryTarget.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '12',
  action: 'RegistryEvent (Object create and delete)',
  category: ['configuration', 'registry'],
  type: ['change'],
  version: 2,
};

/** Sysmon 12: registry object added or deleted (`registry.action` CreateKey/DeleteKey). */
export function sysmon12(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  registry: RegistryFacts,
): EcsEvent {
  const data: Obj = { EventType: registry.action };
  const ev = sysmonEnvelope(meta, host, KIND, data);
  ev.process = sysmonProcess(process);
  ev.registry = registryFields(registry, registryTarget(registry), undefined);
  ev.user = sysmonUser(process.user);
  ev.related = { user: [process.user.name] };
  return ev;
}
