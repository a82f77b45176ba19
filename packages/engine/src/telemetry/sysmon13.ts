import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, RegistryFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { registryFields } from './registryFields.js';
import { registryTarget } from './registryTarget.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '13',
  action: 'RegistryEvent (Value Set)',
  category: ['configuration', 'registry'],
  type: ['change'],
  version: 2,
};

/** Sysmon 13: registry value set (`Details` is the written data). */
export function sysmon13(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  registry: RegistryFacts,
): EcsEvent {
  const data: Obj = { EventType: registry.action };
  if (registry.data !== undefined) data.Details = registry.data;
  const ev = sysmonEnvelope(meta, host, KIND, data);
  ev.process = sysmonProcess(process);
  ev.registry = registryFields(registry, registryTarget(registry), registry.data);
  ev.user = sysmonUser(process.user);
  ev.related = { user: [process.user.name] };
  return ev;
}
