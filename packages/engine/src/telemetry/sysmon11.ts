import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, FileFacts, HostFacts, ProcessFacts } from './facts.js';

/** Sysmon 11: file created. */
export function sysmon11(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  file: FileFacts,
): EcsEvent {
  throw new Error('telemetry.sysmon11: not implemented yet');
}
