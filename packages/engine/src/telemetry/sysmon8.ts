import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, ProcessRef } from './facts.js';

/** Sysmon 8: CreateRemoteThread detected. */
export function sysmon8(
  meta: EventMeta,
  host: HostFacts,
  source: ProcessFacts,
  target: ProcessRef,
  startAddress: string,
  startModule: string,
): EcsEvent {
  throw new Error('telemetry.sysmon8: not implemented yet');
}
