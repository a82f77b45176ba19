import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, RegistryFacts } from './facts.js';

/** Sysmon 13: registry value set. */
export function sysmon13(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  registry: RegistryFacts,
): EcsEvent {
  throw new Error('telemetry.sysmon13: not implemented yet');
}
