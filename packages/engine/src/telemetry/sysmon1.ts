import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts } from './facts.js';

/** Sysmon 1: process creation. */
export function sysmon1(meta: EventMeta, host: HostFacts, process: ProcessFacts): EcsEvent {
  throw new Error('telemetry.sysmon1: not implemented yet');
}
