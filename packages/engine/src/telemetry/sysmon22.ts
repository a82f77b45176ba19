import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, DnsFacts, HostFacts, ProcessFacts } from './facts.js';

/** Sysmon 22: DNS query by a process. */
export function sysmon22(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  dns: DnsFacts,
): EcsEvent {
  throw new Error('telemetry.sysmon22: not implemented yet');
}
