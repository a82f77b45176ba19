import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, RegistryFacts } from './facts.js';

/** Sysmon 12: registry object added or deleted. */
export function sysmon12(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  registry: RegistryFacts,
): EcsEvent {
  throw new Error('telemetry.sysmon12: not implemented yet');
}
