import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, ProcessRef } from './facts.js';

/** Sysmon 10: process accessed (e.g. LSASS read). */
export function sysmon10(
  meta: EventMeta,
  host: HostFacts,
  source: ProcessFacts,
  target: ProcessRef,
  grantedAccess: string,
  callTrace: string,
): EcsEvent {
  throw new Error('telemetry.sysmon10: not implemented yet');
}
