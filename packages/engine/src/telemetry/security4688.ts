import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts } from './facts.js';

/** Windows Security 4688: a new process has been created. */
export function security4688(meta: EventMeta, host: HostFacts, process: ProcessFacts): EcsEvent {
  throw new Error('telemetry.security4688: not implemented yet');
}
