import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, ConnectionFacts, HostFacts, ProcessFacts } from './facts.js';

/** Sysmon 3: network connection detected (`initiated`: the host opened it). */
export function sysmon3(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  connection: ConnectionFacts,
  initiated: boolean,
): EcsEvent {
  throw new Error('telemetry.sysmon3: not implemented yet');
}
